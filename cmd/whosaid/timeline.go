package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// timelineStore is what `whosaid timeline` needs from the store: a subset of
// digest.StatementStore.
type timelineStore interface {
	FindSpeakers(ctx context.Context, name string, limit int) ([]digest.Speaker, error)
	TopSpeakers(ctx context.Context, limit int) ([]digest.Speaker, error)
	Timeline(ctx context.Context, speakerID int64, topic string, limit, offset int) (digest.SearchResult, error)
}

// Timeline paging: entries fetched per query, and at most this many in all.
const (
	timelinePage = 500
	timelineMax  = 20000
)

// cmdTimeline runs `whosaid timeline [-db FILE] SPEAKER [TOPIC...]`.
func cmdTimeline(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "timeline")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	setUsage(fset, env, "usage: whosaid timeline [-db FILE] SPEAKER [TOPIC...]", "Quote a speaker's full name: whosaid timeline \"Dmitry Peskov\" relations")
	if err := parseArgs(fset, args, anyArgs); err != nil {
		return err
	}
	if _, err := os.Stat(*dbPath); errors.Is(err, fs.ErrNotExist) {
		if fset.NArg() == 0 {
			fset.Usage()
			return errUsage
		}
		return digest.Errorf(digest.EINVALID, "no database at %s: run `whosaid ingest -db %s PATH...` first", *dbPath, *dbPath)
	}
	st, err := openForReading(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	var ts timelineStore = st
	if fset.NArg() == 0 {
		fset.Usage()
		suggestSpeakers(ctx, env, ts)
		return errUsage
	}
	sp, topic, err := pickSpeaker(ctx, ts, fset.Args())
	if err != nil {
		return err
	}
	entries, err := timelineEntries(ctx, ts, sp.ID, topic)
	if err != nil {
		return err
	}
	if err := digest.AddClippingFacts(ctx, st, entries); err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	_, err = out.WriteString(digest.NewTimeline(sp, topic, entries, time.Now()).Text())
	return err
}

// pickSpeaker finds the speaker named by the longest leading run of args (up
// to four words) that names one exactly (an alias, or a word of one such as
// a surname); the words after it are the topic. When no run does, it
// returns an ENOTFOUND error suggesting the closest names the store knows.
func pickSpeaker(ctx context.Context, ts timelineStore, args []string) (digest.Speaker, string, error) {
	for n := min(len(args), 4); n >= 1; n-- {
		name := strings.Join(args[:n], " ")
		found, err := ts.FindSpeakers(ctx, name, 5)
		if err != nil {
			return digest.Speaker{}, "", err
		}
		for _, sp := range found {
			if namesSpeaker(name, sp) {
				return sp, strings.Join(args[n:], " "), nil
			}
		}
	}
	found, err := ts.FindSpeakers(ctx, args[0], 3)
	if err != nil {
		return digest.Speaker{}, "", err
	}
	if len(found) == 0 {
		return digest.Speaker{}, "", digest.Errorf(digest.ENOTFOUND, "no speaker called %q", args[0])
	}
	names := make([]string, len(found))
	for i, sp := range found {
		names[i] = sp.Name
	}
	return digest.Speaker{}, "", digest.Errorf(digest.ENOTFOUND, "no speaker called %q; did you mean %s?", args[0], orList(names))
}

// suggestSpeakers prints the most quoted speakers, for a timeline asked for
// without one. A failure to list them is not worth reporting over the usage.
func suggestSpeakers(ctx context.Context, env *Env, ts timelineStore) {
	top, err := ts.TopSpeakers(ctx, 5)
	if err != nil || len(top) == 0 {
		return
	}
	names := make([]string, len(top))
	for i, sp := range top {
		names[i] = fmt.Sprintf("%s (%d)", sp.Name, sp.Statements)
	}
	fmt.Fprintf(env.Stderr, "The most quoted speakers: %s.\n", strings.Join(names, ", "))
}

// namesSpeaker reports whether name is one of sp's spellings, or a run of
// words of one ("peskov", "dmitry peskov"), ignoring case and punctuation.
func namesSpeaker(name string, sp digest.Speaker) bool {
	want := nameKey(name)
	if want == "" {
		return false
	}
	for _, a := range append([]string{sp.Name}, sp.Aliases...) {
		if strings.Contains(" "+nameKey(a)+" ", " "+want+" ") {
			return true
		}
	}
	return false
}

// nameKey lowers a name and keeps only its words: "Dmitry S. Peskov" is
// "dmitry s peskov".
func nameKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// orList joins names as "A", "A or B", "A, B or C".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// timelineEntries fetches every entry of a speaker's timeline, page by page.
func timelineEntries(ctx context.Context, ts timelineStore, speakerID int64, topic string) ([]digest.Entry, error) {
	var all []digest.Entry
	for len(all) < timelineMax {
		res, err := ts.Timeline(ctx, speakerID, topic, timelinePage, len(all))
		if err != nil {
			return nil, err
		}
		all = append(all, res.Entries...)
		if !res.More || len(res.Entries) == 0 {
			break
		}
	}
	return all, nil
}
