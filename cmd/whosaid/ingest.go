package main

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/whosaid/whosaid/cmd/whosaid/ingest"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/store"
)

// defaultDB is the database the terminal commands use without -db.
const defaultDB = "whosaid.db"

// cmdIngest runs `whosaid ingest [-db FILE] [--published D] PATH...`: the
// work is ingest.Run's, which the benchmark runs too.
func cmdIngest(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "ingest")
	dbPath := fset.String("db", defaultDB, "the database `file` (created when missing)")
	published := fset.String("published", "", "publication date `YYYY-MM-DD` for clippings that give none")
	quiet := fset.Bool("q", false, "no progress, only failures and the summary")
	setUsage(fset, env, "usage: whosaid ingest [-db FILE] [--published YYYY-MM-DD] PATH...", "Stores clippings (files, or folders of .txt .md .html) and their statements.", "Files already ingested and unchanged are skipped, so an interrupted run resumes.")
	if err := parseArgs(fset, args, someArgs); err != nil {
		return err
	}
	opts, err := ingestOptions(env, *published, !*quiet)
	if err != nil {
		return err
	}
	sum, err := ingest.Run(ctx, *dbPath, fset.Args(), opts)
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return exitError{1}
	}
	return nil
}

// ingestOptions are the options of an ingest from the terminal: failures,
// notes and progress (when asked) on stderr.
func ingestOptions(env *Env, published string, progress bool) (ingest.Options, error) {
	opts, err := clipOptions(published)
	return ingest.Options{Clip: opts, Out: env.Stderr, Progress: progress, Terminal: isTerminal(env.Stderr),
		UserGC: env.Getenv("GOGC") != ""}, err
}

// clipOptions turns --published into clip.Options.
func clipOptions(published string) (clip.Options, error) {
	var opts clip.Options
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			return opts, digest.Errorf(digest.EINVALID, "--published %q: want YYYY-MM-DD", published)
		}
		opts.Published = t
	}
	return opts, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// openExisting opens the database at path for a command that reads it,
// with a hint when it does not exist yet.
func openExisting(ctx context.Context, path string) (*store.Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, digest.Errorf(digest.EINVALID, "no database at %s: run `whosaid ingest -db %s PATH...` first", path, path)
	}
	return store.Open(ctx, path)
}
