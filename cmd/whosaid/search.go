package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// maxSearchOffset bounds how deep search pages: far past what anyone
// reads, and far from overflowing the offset arithmetic.
const maxSearchOffset = 1_000_000

// cmdSearch runs `whosaid search [-db FILE] [-n N] [-page P] QUERY...`.
func cmdSearch(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "search")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	n := fset.Int("n", 10, "results per page")
	page := fset.Int("page", 1, "which page of results")
	setUsage(fset, env, "usage: whosaid search [-db FILE] [-n N] [-page P] QUERY...", `QUERY: words, "a phrase", speaker:NAME, since:YYYY-MM-DD, before:YYYY-MM-DD`,
		"since: and before: go by the day said; a statement with no date by its article's",
		"publication day, and with neither (shown \"undated, added D\") by the day it was stored.")
	if err := parseArgs(fset, args, someArgs); err != nil {
		return err
	}
	if *n < 1 || *page < 1 {
		return digest.Errorf(digest.EINVALID, "-n and -page must be at least 1")
	}
	*n = min(*n, store.MaxLimit)
	// (page-1)*n overflowed for a huge -page and wrapped to page 1.
	if *page-1 > maxSearchOffset / *n {
		return digest.Errorf(digest.EINVALID, "-page %d is past the last page: search shows at most the first %d results (-n %d: %d pages)", *page, maxSearchOffset, *n, maxSearchOffset / *n)
	}
	// pageCommand is the command line showing page p of the same search.
	pageCommand := func(p int) string {
		cmd := "whosaid search"
		if *dbPath != defaultDB {
			cmd += " -db " + shellQuote([]string{*dbPath})
		}
		if *n != 10 {
			cmd += fmt.Sprintf(" -n %d", *n)
		}
		return fmt.Sprintf("%s -page %d %s", cmd, p, shellQuote(fset.Args()))
	}
	st, err := openForReading(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	query := strings.Join(fset.Args(), " ")
	res, err := st.Search(ctx, query, *n, (*page-1)**n)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	if len(res.Entries) == 0 && *page > 1 {
		total, err := st.SearchCount(ctx, query, (*page-1)**n)
		if err != nil {
			return err
		}
		if total > 0 {
			pages := (total + *n - 1) / *n
			return digest.Errorf(digest.EINVALID, "-page %d is past the end: %s has %d %s, %d %s of %d (the last: %s)",
				*page, query, total, plural(total, "result", "results"), pages, plural(pages, "page", "pages"), *n, pageCommand(pages))
		}
	}
	if len(res.Entries) == 0 {
		fmt.Fprintf(out, "Nothing found for %s.\n", query)
		return nil
	}
	if err := digest.AddClippingFacts(ctx, st, res.Entries); err != nil {
		return err
	}
	printEntries(out, res.Entries, time.Now(), isTerminal(env.Stdout))
	if res.More {
		fmt.Fprintf(out, "\nMore: %s\n", pageCommand(*page+1))
	}
	return nil
}

// plural returns one when n is 1, otherwise many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// printEntries writes entries for a person to read, one block each: who,
// when and where, then the snippet (or the content), with matched words in
// bold on a terminal.
func printEntries(w io.Writer, entries []digest.Entry, now time.Time, bold bool) {
	for i, e := range entries {
		if i > 0 {
			fmt.Fprintln(w)
		}
		head := digest.SpeakerHeadingTitle(e.Speaker, e.SpeakerTitle)
		if d := digest.SearchDay(&e, now); d != "" {
			head += " — " + d
		}
		if o := e.Outlets(); len(o) > 0 {
			head += " — " + strings.Join(o, ", ")
		}
		fmt.Fprintln(w, head)
		open, close := "", ""
		if bold {
			open, close = "\x1b[1m", "\x1b[0m"
		}
		marks := strings.NewReplacer(digest.SnippetOpen, open, digest.SnippetClose, close)
		content := digest.FoldSpace(e.Content)
		snippet := digest.FoldSpace(e.Snippet)
		plain := strings.Trim(strings.NewReplacer(digest.SnippetOpen, "", digest.SnippetClose, "").Replace(snippet), "…")
		matchedContent := snippet != "" && strings.Contains(content, plain)
		// The statement as a sentence, as the digest writes it: "Tillerson
		// called Russia a “resurgent” country".
		max := 300
		if matchedContent {
			e.Content, max = e.Snippet, len(e.Snippet)
		}
		fmt.Fprintf(w, "  %s\n", digest.SentenceText(e, max, open, close))
		if snippet != "" && !matchedContent {
			// The words matched around the statement: say where.
			fmt.Fprintf(w, "  (matched in the article: %s)\n", marks.Replace(snippet))
		}
	}
}

// shellQuote joins args so that they can be pasted back into a shell.
func shellQuote(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " \t\"'\\$`!*?;&|<>()[]{}#~") {
			out[i] = a
			continue
		}
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(out, " ")
}
