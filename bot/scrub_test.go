package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
)

// oddTokens are bot tokens with the characters that encoders change:
// spaces, quotes, <, %, non-ASCII, URL delimiters. Each holds the marker
// "Zq9mark", which no scrubbed output may contain in any form.
var oddTokens = []string{
	"123456:AB C-Zq9mark",
	`123456:AB"Zq9mark'q`,
	"123456:<b>Zq9mark&amp",
	"123456:AB%Zq9mark%20x",
	"123456:Пароль-Zq9mark-ü",
	"123456:AB/Zq9mark?x=1&y",
	"123456:A+B Zq9mark\t",
	"123456:ABCZq9markDEF", // an ordinary one
}

// leaked reports whether out holds the marker of the odd tokens.
func leaked(out string) bool { return strings.Contains(out, "Zq9mark") }

// TestScrubberEncodings: the token is scrubbed in every way a URL, a query,
// JSON, Go quoting or HTML would write it.
func TestScrubberEncodings(t *testing.T) {
	encodings := map[string]func(string) string{
		"raw":   func(s string) string { return s },
		"path":  url.PathEscape,
		"query": url.QueryEscape,
		"lower hex": func(s string) string {
			return regexp.MustCompile(`%[0-9A-F]{2}`).ReplaceAllStringFunc(url.PathEscape(s), strings.ToLower)
		},
		"url string": func(s string) string {
			return (&url.URL{Scheme: "http", Host: "h", Path: "/bot" + s + "/getMe"}).String()
		},
		"json":         func(s string) string { j, _ := json.Marshal(s); return string(j) },
		"go quote":     strconv.Quote,
		"ascii quote":  strconv.QuoteToASCII,
		"html":         html.EscapeString,
		"quoted query": func(s string) string { return fmt.Sprintf("%q", "http://h/?t="+url.QueryEscape(s)) },
		"url.Error": func(s string) string {
			return (&url.Error{Op: "Post", URL: (&url.URL{Scheme: "http", Host: "h", Path: "/bot" + s + "/getMe"}).String(), Err: errors.New("refused")}).Error()
		},
		"json of url": func(s string) string {
			j, _ := json.Marshal("http://h" + (&url.URL{Path: "/bot" + s}).EscapedPath())
			return string(j)
		},
	}
	for _, tok := range oddTokens {
		sc := NewScrubber(tok)
		for name, enc := range encodings {
			in := "before " + enc(tok) + " after"
			if out := sc.String(in); leaked(out) || !strings.Contains(out, Redacted) {
				t.Errorf("token %q, %s: %q -> %q", tok, name, in, out)
			}
		}
	}
	if got := NewScrubber("").String("a b"); got != "a b" {
		t.Errorf("an empty secret changed text: %q", got)
	}
	var nilScrubber *Scrubber
	if got := nilScrubber.String("x"); got != "x" {
		t.Errorf("nil scrubber: %q", got)
	}
}

// TestScrubHandler: every log line through Scrubber.Handler is clean, in
// text and JSON, for messages, strings, errors, groups and other values,
// and values without the token keep their kind.
func TestScrubHandler(t *testing.T) {
	tok := oddTokens[0]
	sc := NewScrubber(tok)
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		var h slog.Handler = slog.NewTextHandler(&buf, nil)
		if format == "json" {
			h = slog.NewJSONHandler(&buf, nil)
		}
		log := slog.New(sc.Handler(h)).With(slog.String("with", url.PathEscape(tok)))
		log.WithGroup("g").Error("failed "+tok,
			slog.Any("error", fmt.Errorf("post %q: refused", "http://h/bot"+url.PathEscape(tok))),
			slog.Group("req", slog.String("url", url.QueryEscape(tok))),
			slog.Any("params", map[string]string{"token": tok}),
			slog.Int("n", 42))
		out := buf.String()
		if leaked(out) || !strings.Contains(out, "42") || strings.Count(out, Redacted) < 5 {
			t.Errorf("%s log:\n%s", format, out)
		}
	}
}

// TestAPIErrorsNeverHoldToken drives the real client against loopback
// servers that fail in the ways that put the URL into an error: a server
// that drops the connection, one that answers too late, one that echoes the request path,
// and the token inside api_url. Neither the error nor a log line of it may
// hold the token.
func TestAPIErrorsNeverHoldToken(t *testing.T) {
	// A port closed after listening could be taken at once by another
	// test process's fake Bot API, which would answer; a listener that
	// drops every connection fails the request the same way (a transport
	// error that names the URL) and stays ours.
	dln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer dln.Close()
	go func() {
		for {
			c, err := dln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	closed := "http://" + dln.Addr().String()
	echo := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "error_code": 404,
			"description": "Not Found: " + r.URL.Path + " " + r.URL.RawPath + " " + r.RequestURI})
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go echo.Serve(ln)
	defer echo.Close()
	stall := make(chan struct{})
	defer close(stall)
	slow := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stall:
		}
	})}
	sln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go slow.Serve(sln)
	defer slow.Close()

	for _, tok := range oddTokens {
		faults := map[string]string{
			"drops the connection": closed,
			"echoes the path":      "http://" + ln.Addr().String(),
			"too slow":             "http://" + sln.Addr().String(),
			"token in api_url":     closed + "/bot" + tok,
			"escaped in api_url":   closed + "/x/" + url.PathEscape(tok),
			"api_url echoes path":  "http://" + ln.Addr().String() + "/" + url.QueryEscape(tok),
		}
		for name, apiURL := range faults {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			_, err := NewAPI(ctx, tok, apiURL, 300*time.Millisecond)
			cancel()
			if err == nil {
				t.Errorf("token %q, %s: no error", tok, name)
				continue
			}
			var buf bytes.Buffer
			slog.New(NewScrubber(tok).Handler(slog.NewJSONHandler(&buf, nil))).Error("start_failed", slog.Any("error", err))
			if leaked(err.Error()) || leaked(fmt.Sprintf("%v %+v %q", err, err, err)) || leaked(buf.String()) {
				t.Errorf("token %q, %s: leaked:\n%v\n%s", tok, name, err, buf.String())
			}
		}
	}
}

// TestOddTokensWork: a token with spaces, quotes, '%' or non-ASCII reaches
// the Bot API whole (the client escapes it in the path), and an error
// answer to a call still names no token.
func TestOddTokensWork(t *testing.T) {
	for _, tok := range oddTokens {
		if strings.Contains(tok, "/") {
			continue // the fake server splits the path on '/'
		}
		fake, err := fakeapi.Start(fakeapi.Options{Token: tok})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		api, err := NewAPI(ctx, tok, fake.URL(), 5*time.Second)
		if err != nil {
			t.Errorf("token %q: %v", tok, err)
		} else if _, err := api.Send(ctx, 777, "hello", nil); err == nil || leaked(err.Error()) {
			t.Errorf("token %q: send to an unknown chat: %v", tok, err)
		}
		cancel()
		fake.Close()
	}
}
