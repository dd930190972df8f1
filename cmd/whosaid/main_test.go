package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/cmd/whosaid/config"
)

func TestSplitFlags(t *testing.T) {
	fset := flag.NewFlagSet("t", flag.ContinueOnError)
	fset.String("db", "", "")
	fset.Int("n", 0, "")
	fset.Bool("q", false, "")
	tests := []struct {
		name         string
		args         []string
		flags, words []string
	}{
		{"flags first", []string{"-n", "3", "peskov"}, []string{"-n", "3"}, []string{"peskov"}},
		{"flags after", []string{"peskov", "-n", "3", "kremlin"}, []string{"-n", "3"}, []string{"peskov", "kremlin"}},
		{"value with =", []string{"peskov", "--db=x.db"}, []string{"--db=x.db"}, []string{"peskov"}},
		{"double dash flag", []string{"peskov", "--db", "x.db"}, []string{"--db", "x.db"}, []string{"peskov"}},
		{"bool takes no value", []string{"-q", "a", "b"}, []string{"-q"}, []string{"a", "b"}},
		{"-- ends flags", []string{"a", "--", "-n", "3"}, nil, []string{"a", "-n", "3"}},
		{"value -- is a value", []string{"-db", "--", "a"}, []string{"-db", "--"}, []string{"a"}},
		{"lone dash is a word", []string{"-", "-q"}, []string{"-q"}, []string{"-"}},
		{"unknown flag kept for Parse", []string{"a", "-x", "b"}, []string{"-x"}, []string{"a", "b"}},
		{"missing value", []string{"a", "-n"}, []string{"-n"}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flags, words := splitFlags(fset, tt.args)
			if !slices.Equal(flags, tt.flags) || !slices.Equal(words, tt.words) {
				t.Errorf("splitFlags(%q) = %q, %q; want %q, %q", tt.args, flags, words, tt.flags, tt.words)
			}
		})
	}
}

// TestFlagsAnywhere runs commands with their flags after their words, as
// people type them: the flags are flags, not words searched for.
func TestFlagsAnywhere(t *testing.T) {
	db := seededDB(context.Background(), t, t.TempDir())
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"search", []string{"search", "before:2018-01-01 speaker:peskov", "-db", db, "-n", "1"}, "Dmitry Peskov"},
		{"timeline", []string{"timeline", "peskov", "-db", db}, "Dmitry Peskov"},
		{"backup", []string{"backup", filepath.Join(t.TempDir(), "b.db"), "-db", db}, "backed up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runMain(t, tt.args...)
			if code != 0 || !strings.Contains(stdout, tt.want) {
				t.Fatalf("%q: exit %d, stdout lacks %q:\n%s\n%s", tt.args, code, tt.want, stdout, stderr)
			}
		})
	}
	// -n 1 took effect: one result and a next page.
	_, stdout, _ := runMain(t, "search", "speaker:peskov", "-db", db, "-n", "1")
	if !strings.Contains(stdout, "More: whosaid search -db "+shellQuote([]string{db})+" -n 1 -page 2 speaker:peskov") {
		t.Errorf("-n 1 after the query not applied:\n%s", stdout)
	}
	// After "--" a dash word is a word: searched for, not a flag.
	code, stdout, stderr := runMain(t, "search", "-db", db, "--", "-n")
	if code != 0 || !strings.Contains(stdout, "Nothing found for -n.") {
		t.Errorf("search -- -n: exit %d\n%s\n%s", code, stdout, stderr)
	}
}

// TestHelpExitsZero: -h and --help print the usage to stdout and exit 0;
// an unknown flag is still a mistake (exit 2, usage on stderr).
func TestHelpExitsZero(t *testing.T) {
	for name := range commands {
		for _, h := range []string{"-h", "--help"} {
			code, stdout, stderr := runMain(t, name, h)
			if code != 0 || !strings.Contains(stdout, "usage: whosaid "+name) || stderr != "" {
				t.Errorf("whosaid %s %s: exit %d\nstdout: %s\nstderr: %s", name, h, code, stdout, stderr)
			}
		}
		code, stdout, stderr := runMain(t, name, "-no-such-flag")
		if code != 2 || stdout != "" || !strings.Contains(stderr, "flag provided but not defined") || !strings.Contains(stderr, "usage: whosaid "+name) {
			t.Errorf("whosaid %s -no-such-flag: exit %d\nstdout: %s\nstderr: %s", name, code, stdout, stderr)
		}
	}
	// A help flag after a word still asks for help.
	if code, stdout, _ := runMain(t, "search", "peskov", "-h"); code != 0 || !strings.Contains(stdout, "usage: whosaid search") {
		t.Errorf("search peskov -h: exit %d\n%s", code, stdout)
	}
	var sink strings.Builder
	if code := Main(context.Background(), nil, strings.NewReader(""), &sink, io.Discard); code != 0 || !strings.Contains(sink.String(), "Commands:") {
		t.Errorf("bare whosaid: exit %d\n%s", code, sink.String())
	}
}

// TestRunDefaultConfig: `whosaid run` reads config.yaml by default, the
// name the README, deploy/ and the Dockerfile use.
func TestRunDefaultConfig(t *testing.T) {
	code, stdout, _ := runMain(t, "run", "-h")
	if code != 0 || !strings.Contains(stdout, `(default "config.yaml")`) {
		t.Errorf("run -h: exit %d, want the default config.yaml:\n%s", code, stdout)
	}
}

// TestREADMEFacts: what the README says of defaults is what the code does.
func TestREADMEFacts(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.Join(strings.Fields(string(raw)), " ")
	for _, want := range []string{
		// The crash note of /watch: as many repeats as messages in flight.
		fmt.Sprintf("at most the messages in flight when it struck (`limits.in_flight`, default %d,", config.DefaultConfig().Limits.InFlight),
		"`whosaid run -config FILE` (`config.yaml` by default)",
	} {
		if !strings.Contains(readme, want) {
			t.Errorf("README lacks %q", want)
		}
	}
	if strings.Contains(readme, "the one message in flight") {
		t.Errorf("README still says a crash repeats at worst one message; limits.in_flight defaults to %d", config.DefaultConfig().Limits.InFlight)
	}
}
