/*
 * fuzz_tool: a libFuzzer target around one tool's whole input path.
 *
 * The tool's main() is compiled in under another name (-Dmain=tool_main)
 * and run on each input as its standard input, with standard output sent
 * to /dev/null; the sanitizers report any memory error, leak or undefined
 * behaviour.  For segment the first byte of the input picks plain text or
 * --jsonl.  Built and run by `make fuzz`.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int	tool_main(int, char **);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

extern int optind;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char name[] = TOOL_NAME, jsonl[] = "--jsonl";
	char *argv[3] = { name, NULL, NULL };
	int argc = 1, in, out, save_in, save_out;

#ifdef TOOL_SEGMENT
	if (size > 0 && (data[0] & 1)) {
		argv[1] = jsonl;
		argc = 2;
	}
#else
	(void)jsonl;
#endif
	in = memfd_create("fuzz-input", 0);
	if (in == -1 || write(in, data, size) != (ssize_t)size ||
	    lseek(in, 0, SEEK_SET) != 0)
		abort();
	out = open("/dev/null", O_WRONLY);
	save_in = dup(0);
	save_out = dup(1);
	dup2(in, 0);
	dup2(out, 1);
	optind = 1;
	(void)tool_main(argc, argv);
	dup2(save_in, 0);
	dup2(save_out, 1);
	close(save_in);
	close(save_out);
	close(in);
	close(out);
	return 0;
}
