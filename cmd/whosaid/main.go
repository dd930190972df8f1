// Command whosaid reads news clippings and tells who said what, and when:
// it extracts attributed statements, keeps them in SQLite and sends digests
// to Telegram chats. Run `whosaid help` for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/whosaid/whosaid/cmd/whosaid/ingest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Env is what a subcommand gets from the process: its streams and its
// environment. Tests build one around buffers.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// command is one subcommand: its one-line summary and the function that runs
// it with the arguments after its name.
type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// commands lists the subcommands. Each lives in a file of its own name.
var commands = map[string]command{
	"extract":  {"print the statements in clippings (nothing is stored)", cmdExtract},
	"ingest":   {"store clippings and their statements in the database", cmdIngest},
	"search":   {"search stored statements", cmdSearch},
	"latest":   {"print the newest stored statements", cmdLatest},
	"digest":   {"ingest clippings, then print the digest of new statements", cmdDigest},
	"timeline": {"what one speaker has said about a subject, oldest first", cmdTimeline},
	"backup":   {"write a consistent copy of the database", cmdBackup},
	"check":    {"check the database file for damage", cmdCheck},
	"gendb":    {"generate a large synthetic database for benchmarks", cmdGenDB},
	"chat":     {"try the Telegram bot in the terminal", cmdChat},
	"run":      {"run the daemon: collection, bot and scheduled digests", cmdRun},
}

// errUsage marks errors caused by how the command was called: exit status 2.
var errUsage = errors.New("usage")

// errHelp says a command's usage was asked for (-h, --help) and printed:
// exit status 0.
var errHelp = errors.New("help")

// exitError carries an exit status for a failure that has already been
// reported (such as some files of several that could not be read).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// Main runs whosaid with args (without the program name) and returns the
// process exit status.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "whosaid: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	err := cmd.run(ctx, env, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, errHelp):
		// -h or --help: the usage has gone to stdout, as asked for.
		return 0
	case errors.Is(err, errUsage):
		// The flag package has printed the problem and the usage.
		return 2
	default:
		fmt.Fprintf(stderr, "whosaid %s: %s\n", args[0], errorText(err))
		return 1
	}
}

// errorText is the one-line text of an error for the terminal
// (ingest.ErrorText, which gives a failed file's reason too).
var errorText = ingest.ErrorText

func usage(w io.Writer) {
	fmt.Fprintln(w, "whosaid: who said what, and when, from news clippings.")
	fmt.Fprintln(w, "\nUsage: whosaid COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun `whosaid COMMAND -h` for a command's flags.")
}

// newFlagSet returns the flag set of a subcommand, reporting to stderr (its
// usage goes to stdout when asked for with -h).
func newFlagSet(env *Env, name string) *flag.FlagSet {
	fset := flag.NewFlagSet(name, flag.ContinueOnError)
	fset.SetOutput(&usageOutput{env: env})
	return fset
}

// usageOutput is a flag set's output: stderr, except while the usage asked
// for with -h is printed, which goes to stdout like any output asked for.
type usageOutput struct {
	env  *Env
	help bool
}

func (u *usageOutput) Write(p []byte) (int, error) {
	if u.help {
		return u.env.Stdout.Write(p)
	}
	return u.env.Stderr.Write(p)
}

// setUsage makes fset's usage print lines, then the flags.
func setUsage(fset *flag.FlagSet, env *Env, lines ...string) {
	fset.Usage = func() {
		for _, l := range lines {
			fmt.Fprintln(fset.Output(), l)
		}
		fset.PrintDefaults()
	}
}

// arity says how many arguments a subcommand takes after its flags.
type arity int

const (
	anyArgs  arity = iota // checked by the command itself
	noArgs                // none
	someArgs              // one or more
	oneArg                // exactly one
)

// parseArgs parses args into fset and checks the number of arguments left;
// on a mistake the usage has been printed and errUsage is returned, and
// when the usage was asked for (-h) it has gone to stdout and errHelp is
// returned. Flags may come anywhere among the arguments ("search peskov
// -n 3"); "--" ends them, so "search -- -n" searches for "-n".
func parseArgs(fset *flag.FlagSet, args []string, want arity) error {
	flags, words := splitFlags(fset, args)
	usage := fset.Usage
	fset.Usage = func() {} // printed below, once we know where to
	err := fset.Parse(flags)
	if err == nil {
		// The words alone after "--", so that none is taken for a flag.
		err = fset.Parse(append([]string{"--"}, words...))
	}
	fset.Usage = usage
	if errors.Is(err, flag.ErrHelp) {
		if out, ok := fset.Output().(*usageOutput); ok {
			out.help = true
			defer func() { out.help = false }()
		}
		fset.Usage()
		return errHelp
	}
	if err != nil {
		fset.Usage()
		return errUsage
	}
	n := fset.NArg()
	if (want == noArgs && n > 0) || (want == someArgs && n == 0) || (want == oneArg && n != 1) {
		fset.Usage()
		return errUsage
	}
	return nil
}

// splitFlags separates args into the flags (each with its value when the
// value is the next argument) and the other words, in their orders. The
// flag package stops at the first word; this lets flags follow words, as
// users type them. Everything after "--" is a word; a lone "-" is a word
// (a path meaning stdin). Unknown flags are kept as flags, for Parse to
// report.
func splitFlags(fset *flag.FlagSet, args []string) (flags, words []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			words = append(words, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			words = append(words, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimPrefix(a[1:], "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fset.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, words
}
