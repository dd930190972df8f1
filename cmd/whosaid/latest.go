package main

import (
	"bufio"
	"context"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// cmdLatest runs `whosaid latest [-db FILE] [-n N] [-speaker NAME]`: the
// newest stories first, each story's statements in text order (the lede
// first), n statements in all.
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
	// Read a window of the newest statements, so the newest stories show
	// from their ledes.
	f := digest.Filter{Limit: max(latestWindow, *n*10)}
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
	if err := digest.AddQuestions(ctx, st, entries); err != nil {
		return err
	}
	d := digest.Latest(entries, digest.ComposeOptions{Title: "Latest", Now: time.Now(), Location: time.Local, MaxEntries: *n})
	d.More, d.MoreStories = 0, 0
	_, err = out.WriteString(d.Text())
	return err
}

// latestWindow is how many of the newest statements `whosaid latest` reads
// at least to find the newest stories.
const latestWindow = 300
