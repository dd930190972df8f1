package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// extractLine is one line of `whosaid extract --json`: the statement's
// fields and the clipping path as given.
type extractLine struct {
	Clipping   string `json:"clipping"`
	TextSource string `json:"text_source,omitempty"`
	digest.Statement
}

// cmdExtract runs `whosaid extract [--published D] [--json [--parts]] PATH...`.
func cmdExtract(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "extract")
	published := fset.String("published", "", "publication date `YYYY-MM-DD` for clippings that give none")
	asJSON := fset.Bool("json", false, "print JSON Lines, one statement per line")
	parts := fset.Bool("parts", false, "with --json, print each part of a statement its attribution breaks (a quote, a reported clause) as a line of its own")
	setUsage(fset, env, "usage: whosaid extract [--published YYYY-MM-DD] [--json [--parts]] PATH...")
	if err := parseArgs(fset, args, someArgs); err != nil {
		return err
	}
	opts, err := clipOptions(*published)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(env.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, path := range clip.Files(fset.Args(), func(path string, err error) {
		failed++
		fmt.Fprintf(env.Stderr, "%s: %s\n", path, errorText(err))
	}) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		c, err := clip.ReadFile(path, opts)
		if err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "%s: %s\n", path, errorText(err))
			continue
		}
		for _, n := range c.Notes {
			fmt.Fprintf(env.Stderr, "%s: %s\n", path, n)
		}
		if c.Statements, err = extract.Checked(c); err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "%s: %s\n", path, err)
			continue
		}
		if *asJSON {
			stmts := c.Statements
			if *parts {
				stmts = splitParts(stmts, c.Text)
			}
			for _, s := range stmts {
				line := extractLine{Clipping: path, Statement: s}
				if c.TextSource == digest.TextSourceHTML {
					line.TextSource = c.TextSource
				}
				if line.Via == nil {
					line.Via = []string{}
				}
				if err := enc.Encode(line); err != nil {
					return err
				}
			}
			continue
		}
		printClipping(out, c)
	}
	if failed > 0 {
		out.Flush()
		return exitError{1}
	}
	return nil
}

// splitParts returns stmts with each statement of several parts (a quote
// or a reported clause broken by its attribution) replaced by one statement
// per part, its content and spans that part's. Tools that score content
// spans fragment by fragment, as PolNeAR annotates a broken quote, read the
// output this way.
func splitParts(stmts []digest.Statement, text string) []digest.Statement {
	out := make([]digest.Statement, 0, len(stmts))
	for _, s := range stmts {
		if len(s.ContentSpans) < 2 {
			out = append(out, s)
			continue
		}
		for _, p := range s.ContentSpans {
			part := s
			part.Content = strings.TrimSpace(digest.FoldSpace(text[p[0]:p[1]]))
			part.ContentSpan = p
			part.ContentSpans = []digest.Span{p}
			out = append(out, part)
		}
	}
	return out
}

// printClipping writes a clipping's statements for a person to read.
func printClipping(w *bufio.Writer, c *digest.Clipping) {
	fmt.Fprintf(w, "== %s", c.Path)
	var meta []string
	for _, m := range []string{c.Headline, c.Outlet} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	if !c.Published.IsZero() {
		meta = append(meta, c.Published.Format("2 Jan 2006"))
	}
	if len(meta) > 0 {
		fmt.Fprintf(w, " — %s", strings.Join(meta, " · "))
	}
	fmt.Fprintf(w, "\n")
	if len(c.Statements) == 0 {
		fmt.Fprintln(w, "   (no statements)")
	}
	for _, s := range c.Statements {
		who := s.Speaker
		if s.SpeakerTitle != "" {
			who += ", " + s.SpeakerTitle
		}
		var how []string
		if d := s.Date(); d.Known() {
			how = append(how, d.String())
		}
		if s.Audience != "" {
			how = append(how, "to "+s.Audience)
		}
		if len(s.Via) > 0 {
			how = append(how, "via "+strings.Join(s.Via, ", "))
		}
		content := s.Content
		if s.Direct {
			content = "“" + content + "”"
		} else if v := digest.LineVerb(s); v != "" {
			content = v + " " + content // "ministry: confirmed the deaths", as the digest's line reads, not "ministry: the deaths"
		}
		fmt.Fprintf(w, " • %s", who)
		if len(how) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(how, "; "))
		}
		fmt.Fprintf(w, ": %s\n", content)
	}
	fmt.Fprintln(w)
}
