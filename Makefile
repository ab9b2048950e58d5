# Thin front door to CMake (see CMakePresets.json). `make check` and `make demo`
# install what is missing first (scripts/deps.sh).
.PHONY: all deps build asan release check test test-asan demo format format-check fuzz bench clean

JOBS ?= $(shell nproc)
WERROR ?= OFF

all: build

deps:
	@bash scripts/deps.sh

build:
	@cmake --preset dev -DDS_WERROR=$(WERROR) >/dev/null
	@cmake --build --preset dev -j $(JOBS)

asan:
	@cmake --preset asan -DDS_WERROR=$(WERROR) >/dev/null
	@cmake --build --preset asan -j $(JOBS)

release:
	@JOBS=$(JOBS) bash scripts/release.sh

test: build
	@ctest --preset dev -j $(JOBS)

test-asan: asan
	@ctest --preset asan -j $(JOBS)

check: deps
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory test-asan

demo: deps build
	@bash scripts/demo.sh build/dev/dossier

format:
	@clang-format -i $$(git ls-files '*.c' '*.h')

format-check:
	@clang-format --dry-run --Werror $$(git ls-files '*.c' '*.h')

fuzz:
	@bash fuzz/run.sh

bench: deps release
	@bash bench/run.sh build/release/dossier

clean:
	rm -rf build
