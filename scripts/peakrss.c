/*
 * peakrss: run a shell command, then print its wall-clock seconds and the
 * peak resident set size (KiB) of the largest process it ran.  Used by
 * scripts/bench; not installed.  With -o FILE the figures go to FILE, so
 * that one stage of a pipeline can be measured in place:
 *
 *	peakrss 'segment --jsonl corpus.jsonl > /dev/null'
 *	... | peakrss -o t.rss tag-entities | ...
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

	FILE *out = stdout;

	if (argc == 4 && strcmp(argv[1], "-o") == 0) {
		if ((out = fopen(argv[2], "w")) == NULL) {
			perror(argv[2]);
			return 3;
		}
		argv += 2;
		argc -= 2;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: peakrss [-o FILE] COMMAND\n");
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
	fprintf(out, "%.4f %ld\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss);
	if (fclose(out) != 0) {
		perror("peakrss");
		return 3;
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 3;
}
