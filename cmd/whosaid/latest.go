package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// cmdLatest runs `whosaid latest [-db FILE] [-n N] [-speaker NAME]
// [-digest]`: the newest stories first, each story's statements in text
// order (the lede first), n statements in all; with -digest, of the
// statements the last `whosaid digest` read instead of the newest.
func cmdLatest(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "latest")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	n := fset.Int("n", 10, "how many statements")
	speaker := fset.String("speaker", "", "only this speaker's statements (any spelling)")
	ofDigest := fset.Bool("digest", false, "the statements the last whosaid digest read (what it left out included) instead of the newest")
	setUsage(fset, env, "usage: whosaid latest [-db FILE] [-n N] [-speaker NAME] [-digest]")
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
	var entries []digest.Entry
	if *ofDigest {
		entries, err = lastDigestEntries(ctx, st, f.SpeakerIDs)
	} else {
		entries, err = st.Latest(ctx, f)
	}
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if len(entries) == 0 {
		if *ofDigest {
			fmt.Fprintln(out, "No statements: `whosaid digest` has not read any yet (or none by this speaker).")
			return nil
		}
		fmt.Fprintln(out, "No statements stored yet: run `whosaid ingest PATH...`.")
		return nil
	}
	if err := digest.AddClippingFacts(ctx, st, entries); err != nil {
		return err
	}
	title := "Latest"
	if *ofDigest {
		title = "The last digest's statements"
	}
	d := digest.Latest(entries, digest.ComposeOptions{Title: title, Now: time.Now(), Location: time.Local, MaxEntries: *n})
	d.More, d.MoreStories = 0, 0
	_, err = out.WriteString(d.Text())
	return err
}

// latestWindow is how many of the newest statements `whosaid latest` reads
// at least to find the newest stories.
const latestWindow = 300

// lastDigestEntries returns the statements the last `whosaid digest` of
// what was new read (by one of speakers, when given), none before one ran.
func lastDigestEntries(ctx context.Context, st *store.Store, speakers []int64) ([]digest.Entry, error) {
	first, err := st.Setting(ctx, firstDigestKey)
	if err != nil {
		return nil, err
	}
	last, err := st.Setting(ctx, lastDigestKey)
	if err != nil {
		return nil, err
	}
	upTo, _ := strconv.ParseInt(last, 10, 64)
	if upTo <= 0 || first == "" { // none yet, or only by a whosaid that kept no start
		return nil, nil
	}
	after, _ := strconv.ParseInt(first, 10, 64)
	entries, _, err := st.NewEntries(ctx, digest.NewQuery{AfterID: after, UpTo: upTo, Speakers: speakers, Limit: digestFetch})
	return entries, err
}
