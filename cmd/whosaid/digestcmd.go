package main

import (
	"bufio"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/cmd/whosaid/ingest"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// lastDigestKey is the setting holding the newest entry id the previous
// `whosaid digest` covered, so the next one shows only what is new.
const lastDigestKey = "cli.digest.last_entry"

// firstDigestKey holds the entry id the previous `whosaid digest` started
// after: with lastDigestKey, the statements it read, which `whosaid latest
// -digest` shows again in full.
const firstDigestKey = "cli.digest.after_entry"

// digestFetch bounds how many new entries one terminal digest considers.
var digestFetch = 500

// cmdDigest runs `whosaid digest [-db FILE] [--since D] [-n N] [PATH...]`:
// ingest the paths, then print the digest of the statements new since the
// previous run (or said since D).
func cmdDigest(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "digest")
	dbPath := fset.String("db", defaultDB, "the database `file` (created when missing)")
	since := fset.String("since", "", "statements said since `YYYY-MM-DD` instead of those new since the last digest")
	published := fset.String("published", "", "publication date `YYYY-MM-DD` for clippings that give none")
	n := fset.Int("n", digest.DefaultMaxEntries, "entries shown at most")
	setUsage(fset, env, "usage: whosaid digest [-db FILE] [--since YYYY-MM-DD] [-n N] [PATH...]", "Ingests PATHs (if any), then prints who said what: the statements new since the last digest.")
	if err := parseArgs(fset, args, anyArgs); err != nil {
		return err
	}
	f := digest.Filter{Limit: digestFetch}
	if *since != "" {
		d, err := digest.ParseDate(*since)
		if err != nil || !d.Known() {
			return digest.Errorf(digest.EINVALID, "--since %q: want YYYY-MM-DD, YYYY-MM or YYYY", *since)
		}
		f.Since = d.Time()
	}
	opts, err := ingestOptions(env, *published, true)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := 0
	if fset.NArg() > 0 {
		sum, err := ingest.Paths(ctx, st, fset.Args(), opts)
		if err != nil {
			return err
		}
		failed = sum.Failed
		if sum.Files > 1 || sum.Failed > 0 {
			fmt.Fprintln(env.Stderr, sum)
		}
	}
	var entries []digest.Entry
	unread, upTo := 0, int64(0)
	if *since == "" {
		// What is new since the last digest, in the order it was stored:
		// what this digest cannot read waits for the next one.
		last, err := st.Setting(ctx, lastDigestKey)
		if err != nil {
			return err
		}
		f.AfterID, _ = strconv.ParseInt(last, 10, 64)
		if upTo, err = st.MaxEntryID(ctx); err != nil {
			return err
		}
		var total int
		entries, total, err = st.NewEntries(ctx, digest.NewQuery{AfterID: f.AfterID, UpTo: upTo, Limit: digestFetch})
		if err != nil {
			return err
		}
		if unread = total - len(entries); unread > 0 {
			upTo = entries[len(entries)-1].ID
		}
	} else if entries, err = st.Latest(ctx, f); err != nil {
		return err
	}
	if err := digest.AddClippingFacts(ctx, st, entries); err != nil {
		return err
	}
	now := time.Now()
	// The statements a digest of what is new leaves out are not always
	// the newest ones (a backlog is read oldest first; a new clipping may
	// quote an old day): `latest -digest` shows the ones it read.
	more := "whosaid latest -n %d"
	if *since == "" && len(entries) > 0 {
		more = "whosaid latest -digest -n %d"
	}
	// The commands offered read the database this digest read.
	db := ""
	if *dbPath != defaultDB {
		db = " -db " + shellQuote([]string{*dbPath})
	}
	more = strings.Replace(more, "whosaid latest", "whosaid latest"+db, 1)
	copts := digest.ComposeOptions{Now: now, Location: time.Local, MaxEntries: *n, MoreCommand: more,
		Unread: unread, UnreadCommand: "run whosaid digest" + db + " again"}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if len(entries) == 0 {
		// Say so, then show the latest anyway: running the README's
		// command twice still shows who said what.
		latest, err := st.Latest(ctx, digest.Filter{Limit: digestFetch})
		if err != nil {
			return err
		}
		if len(latest) == 0 {
			fmt.Fprintln(out, "No statements stored yet: give clippings, as in `whosaid digest testdata/clippings`.")
			return exitCode(failed)
		}
		what := "since the last digest"
		if *since != "" {
			what = "said since " + *since
		}
		fmt.Fprintf(out, "Nothing new %s. The latest statements:\n\n", what)
		copts.Title = "Latest statements"
		entries = latest
		if err := digest.AddClippingFacts(ctx, st, entries); err != nil {
			return err
		}
	}
	d := digest.Compose(entries, copts)
	if _, err := out.WriteString(d.Text()); err != nil {
		return err
	}
	if *since == "" && upTo > f.AfterID {
		if err := st.SetSetting(ctx, firstDigestKey, strconv.FormatInt(f.AfterID, 10)); err != nil {
			return err
		}
		if err := st.SetSetting(ctx, lastDigestKey, strconv.FormatInt(upTo, 10)); err != nil {
			return err
		}
	}
	return exitCode(failed)
}

// exitCode is the error for a run where some files failed: status 1, the
// failures already reported.
func exitCode(failed int) error {
	if failed > 0 {
		return exitError{1}
	}
	return nil
}
