/*
 * peakrss: run a shell command, then print its wall-clock seconds and the
 * peak resident set size (KiB) of the largest process it ran.  Used by
 * scripts/bench; not installed.
 *
 *	peakrss 'segment --jsonl corpus.jsonl > /dev/null'
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int st;

	if (argc != 2) {
		fprintf(stderr, "usage: peakrss COMMAND\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid == -1) {
		perror("peakrss: fork");
		return 3;
	}
	if (pid == 0) {
		execl("/bin/bash", "bash", "-o", "pipefail", "-c", argv[1],
		    (char *)NULL);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) == -1) {
		perror("peakrss: waitpid");
		return 3;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("%.4f %ld\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 3;
}
