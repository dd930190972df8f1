package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Redacted is what a Scrubber puts where a secret was.
const Redacted = "<token>"

// Scrubber removes secrets (the bot token) from text in every form they
// take on the way to a log line or an error: as given, percent-encoded by
// a URL's path or query (with upper- or lower-case hex), decoded, escaped
// for JSON, Go-quoted (%q, as url.Error prints its URL) and HTML-escaped.
// The zero value and a nil *Scrubber scrub nothing. Safe for concurrent use.
type Scrubber struct {
	r *strings.Replacer
}

// NewScrubber returns a Scrubber for secrets; empty ones are left out.
func NewScrubber(secrets ...string) *Scrubber {
	seen := map[string]bool{}
	for _, s := range secrets {
		if s == "" {
			continue
		}
		for _, f := range secretForms(s) {
			if f != "" {
				seen[f] = true
			}
		}
	}
	if len(seen) == 0 {
		return &Scrubber{}
	}
	forms := make([]string, 0, len(seen))
	for f := range seen {
		forms = append(forms, f)
	}
	// At each position the Replacer takes the first form that matches in
	// argument order: longest first, so no form leaves part of a longer one.
	slices.SortFunc(forms, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	pairs := make([]string, 0, 2*len(forms))
	for _, f := range forms {
		pairs = append(pairs, f, Redacted)
	}
	return &Scrubber{r: strings.NewReplacer(pairs...)}
}

// secretForms returns the ways s may be written in a URL, a log line or an
// error message.
func secretForms(s string) []string {
	bases := []string{s}
	if u, err := url.PathUnescape(s); err == nil && u != s {
		bases = append(bases, u) // "%20" in the token reaches the server as " "
	}
	if u, err := url.QueryUnescape(s); err == nil && u != s {
		bases = append(bases, u)
	}
	var forms []string
	for _, b := range bases {
		escaped := []string{
			b,
			url.PathEscape(b),
			url.QueryEscape(b),
			(&url.URL{Path: b}).EscapedPath(),
			strings.ReplaceAll(url.QueryEscape(b), "+", "%20"),
		}
		for _, e := range escaped {
			forms = append(forms, e, lowerHex(e))
			forms = append(forms, quoted(e)...)
			if u, err := url.PathUnescape(e); err == nil {
				forms = append(forms, u) // a query escape read back as a path: "+" for " "
			}
		}
		forms = append(forms, html.EscapeString(b))
	}
	return forms
}

// quoted returns s as JSON and Go quoting write it, quotes left off.
func quoted(s string) []string {
	var out []string
	if j, err := json.Marshal(s); err == nil {
		out = append(out, string(j[1:len(j)-1]))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(s) == nil {
		j := bytes.TrimSpace(b.Bytes())
		out = append(out, string(j[1:len(j)-1]))
	}
	q := strconv.Quote(s)
	out = append(out, q[1:len(q)-1])
	q = strconv.QuoteToASCII(s)
	out = append(out, q[1:len(q)-1])
	return out
}

// lowerHex returns s with the hex digits of its percent escapes in lower
// case, as some clients and servers write them.
func lowerHex(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '%' {
			b[i+1] = lowerByte(b[i+1])
			b[i+2] = lowerByte(b[i+2])
			i += 2
		}
	}
	return string(b)
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'F' {
		return c + 'a' - 'A'
	}
	return c
}

// String returns s with every secret replaced by Redacted.
func (sc *Scrubber) String(s string) string {
	if sc == nil || sc.r == nil {
		return s
	}
	return sc.r.Replace(s)
}

// Error returns err with its text scrubbed; errors.Is and errors.As still
// see the errors it wraps. A nil err stays nil.
func (sc *Scrubber) Error(err error) error {
	if err == nil || sc == nil || sc.r == nil {
		return err
	}
	return &scrubbedError{err: err, sc: sc}
}

// scrubbedError is an error whose text has had the secrets taken out.
type scrubbedError struct {
	err error
	sc  *Scrubber
}

func (e *scrubbedError) Error() string { return e.sc.String(e.err.Error()) }

func (e *scrubbedError) Unwrap() error { return e.err }

// Handler returns a slog.Handler that scrubs the message, keys and values
// of every record (errors and other values by their text) before h sees
// them.
func (sc *Scrubber) Handler(h slog.Handler) slog.Handler {
	if sc == nil || sc.r == nil {
		return h
	}
	return &scrubHandler{h: h, sc: sc}
}

type scrubHandler struct {
	h  slog.Handler
	sc *Scrubber
}

func (s *scrubHandler) Enabled(ctx context.Context, l slog.Level) bool { return s.h.Enabled(ctx, l) }

func (s *scrubHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, s.sc.String(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(s.attr(a))
		return true
	})
	return s.h.Handle(ctx, out)
}

func (s *scrubHandler) WithAttrs(as []slog.Attr) slog.Handler {
	out := make([]slog.Attr, len(as))
	for i, a := range as {
		out[i] = s.attr(a)
	}
	return &scrubHandler{h: s.h.WithAttrs(out), sc: s.sc}
}

func (s *scrubHandler) WithGroup(name string) slog.Handler {
	return &scrubHandler{h: s.h.WithGroup(s.sc.String(name)), sc: s.sc}
}

// attr scrubs one attribute. Values other than strings and groups are
// replaced by their scrubbed text only when that text held a secret, so
// numbers, times and clean errors keep their kind.
func (s *scrubHandler) attr(a slog.Attr) slog.Attr {
	a.Key = s.sc.String(a.Key)
	a.Value = a.Value.Resolve()
	switch a.Value.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(s.sc.String(a.Value.String()))
	case slog.KindGroup:
		g := a.Value.Group()
		out := make([]slog.Attr, len(g))
		for i, ga := range g {
			out[i] = s.attr(ga)
		}
		a.Value = slog.GroupValue(out...)
	case slog.KindAny:
		// The text handler writes a value with fmt, the JSON handler
		// with encoding/json (errors by their text in both): check both.
		v := a.Value.Any()
		text := fmt.Sprint(v)
		if e, ok := v.(error); ok {
			text = e.Error()
		}
		dirty := s.sc.String(text) != text
		if j, err := json.Marshal(v); err == nil && !dirty {
			dirty = s.sc.String(string(j)) != string(j)
		}
		if dirty {
			a.Value = slog.StringValue(s.sc.String(text))
		}
	}
	return a
}
