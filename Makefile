# newspipe: four stream filters over one small library.
#   make            build bin/<tool> (naming, or as root installing, missing
#                   build packages first)
#   make check      install missing packages, build, run every test
#   make demo       install missing packages, build, run the pipeline on a sample
#   make install    PREFIX (default /usr/local) and DESTDIR honoured
#   make check-asan the test suite under AddressSanitizer and UBSan
#   make check-valgrind  the test suite with every tool under valgrind memcheck
#   make fuzz       libFuzzer on every tool, FUZZ_SECONDS each
#   make bench      scripts/bench

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
CC	?= cc
OPT	?= -O2
CFLAGS	?= $(OPT) -g
WARN	= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
PKGS	= libpcre2-8 jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -ljansson)
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) \
	$(CFLAGS) -Icommon $(PKG_CFLAGS)
BUILD	?= build

TOOLS	= segment tag-entities extract-quotes to-json
COMMON_SRC = $(wildcard common/*.c)
COMMON_OBJ = $(COMMON_SRC:%.c=$(BUILD)/%.o)
LIB	= $(BUILD)/libcommon.a
BINS	= $(TOOLS:%=bin/%)
MANS	= $(TOOLS:%=man/%.1)

.PHONY: all check test deps builddeps demo install uninstall clean clean-bin check-asan check-valgrind fuzz lint bench

all: $(BINS)

# a missing compiler or library is named before anything is compiled
$(BUILD)/%.o: %.c $(wildcard common/*.h) $(wildcard cmd/*/*.h) | builddeps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(COMMON_OBJ)
	rm -f $@
	ar rcs $@ $^

# tag-entities' lexicons are compiled in
LEXDIR	= cmd/tag-entities/lexicon
$(BUILD)/gen/lexicon_data.c: $(wildcard $(LEXDIR)/*.txt) scripts/embed-lexicons
	@mkdir -p $(dir $@)
	scripts/embed-lexicons $(LEXDIR) > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/lexicon_data.o: $(BUILD)/gen/lexicon_data.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
# ... and hashed into a table when the tool is built, not when it starts:
# lexicon.c built with LEX_GENERATE prints the table as C
$(BUILD)/gen/mklextab: cmd/tag-entities/lexicon.c cmd/tag-entities/lexicon.h \
    $(BUILD)/gen/lexicon_data.o $(LIB)
	$(CC) $(ALL_CFLAGS) -DLEX_GENERATE $(LDFLAGS) -o $@ $< \
	    $(BUILD)/gen/lexicon_data.o $(LIB) $(PKG_LIBS)
$(BUILD)/gen/lexicon_table.c: $(BUILD)/gen/mklextab
	$(BUILD)/gen/mklextab > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/lexicon_table.o: $(BUILD)/gen/lexicon_table.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
EXTRA_OBJ_tag-entities = $(BUILD)/gen/lexicon_table.o $(BUILD)/gen/gender_data.o
# lists of given names by gender (common/gender.c): extract-quotes'
# pronouns, tag-entities' surnames
QLEXDIR	= cmd/extract-quotes/lexicon
$(BUILD)/gen/gender_data.c: $(wildcard $(QLEXDIR)/*.txt) scripts/embed-lexicons
	@mkdir -p $(dir $@)
	scripts/embed-lexicons $(QLEXDIR) female male > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/gender_data.o: $(BUILD)/gen/gender_data.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
EXTRA_OBJ_extract-quotes = $(BUILD)/gen/gender_data.o

# bin/TOOL from cmd/TOOL/*.c, its extra objects and the library
define tool_rule
bin/$(1): $$(patsubst %.c,$$(BUILD)/%.o,$$(wildcard cmd/$(1)/*.c)) $$(EXTRA_OBJ_$(1)) $$(LIB)
	@mkdir -p bin
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(PKG_LIBS)
endef
$(foreach t,$(TOOLS),$(eval $(call tool_rule,$(t))))

# test helpers: a random document generator and an output checker
TESTBINS = $(BUILD)/tests/gendocs $(BUILD)/tests/checkdoc
$(BUILD)/tests/%: tests/tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(PKG_LIBS)

deps:
	@scripts/install-deps

builddeps:
	@scripts/install-deps --build

check: deps
	@$(MAKE) --no-print-directory all $(TESTBINS)
	@TESTBIN=$(BUILD)/tests scripts/run-tests

test: all $(TESTBINS)
	@TESTBIN=$(BUILD)/tests scripts/run-tests

check-asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan OPT=-O1 \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" clean-bin all \
	    build-asan/tests/gendocs build-asan/tests/checkdoc
	@TESTBIN=build-asan/tests ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 scripts/run-tests
	@$(MAKE) --no-print-directory clean-bin

check-valgrind: deps
	@$(MAKE) --no-print-directory all $(TESTBINS)
	@TESTBIN=$(BUILD)/tests VALGRIND=1 scripts/run-tests

# libFuzzer targets for every tool, FUZZ_SECONDS each (scripts/fuzz)
FUZZ_SECONDS ?= 30
fuzz: deps
	@$(MAKE) --no-print-directory all
	@scripts/fuzz $(FUZZ_SECONDS)

clean-bin:
	rm -f $(BINS)

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo

bench: all
	@scripts/bench

lint:
	mandoc -Tlint -Wwarning $(MANS) man/newspipe.7

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)/
	install -d $(DESTDIR)$(MANDIR)/man7
	install -m 644 $(MANS) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/newspipe.7 $(DESTDIR)$(MANDIR)/man7/

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1; done
	rm -f $(DESTDIR)$(MANDIR)/man7/newspipe.7

clean:
	rm -rf build build-asan build-fuzz bin
