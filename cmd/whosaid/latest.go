package main

import (
	"bufio"
	"context"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// cmdLatest runs `whosaid latest [-db FILE] [-n N] [-speaker NAME]`.
func cmdLatest(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "latest")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	n := fset.Int("n", 10, "how many statements")
	speaker := fset.String("speaker", "", "only this speaker's statements (any spelling)")
	setUsage(fset, env, "usage: whosaid latest [-db FILE] [-n N] [-speaker NAME]")
	if err := parseArgs(fset, args, noArgs); err != nil {
		return err
	}
	if *n < 1 {
		return digest.Errorf(digest.EINVALID, "-n must be at least 1")
	}
	st, err := openForReading(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	f := digest.Filter{Limit: *n}
	if *speaker != "" {
		found, err := st.FindSpeakers(ctx, *speaker, 1)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			return digest.Errorf(digest.ENOTFOUND, "no speaker called %q", *speaker)
		}
		f.SpeakerIDs = []int64{found[0].ID}
	}
	entries, err := st.Latest(ctx, f)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if len(entries) == 0 {
		fmt.Fprintln(out, "No statements stored yet: run `whosaid ingest PATH...`.")
		return nil
	}
	printEntries(out, entries, time.Now(), false)
	return nil
}
