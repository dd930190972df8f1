package bot

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestSearchSinceUndated: /search with since: finds a statement with no
// date (in an article with none) by the day it was stored, and the line
// says so, so the reader sees why it matched.
func TestSearchSinceUndated(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	// stored on the harness's day, Sat 6 Sep 2025
	c := saveText(t, h, "a.txt", "Mayor Vows New Budget Cuts\n\nThe mayor, Jane Smith, told reporters that the city would cut its budget again.\n")
	if len(c.Statements) == 0 || !c.Published.IsZero() || c.Statements[0].Date().Known() {
		t.Fatalf("want an undated statement in an undated clipping: published %v, %+v", c.Published, c.Statements)
	}
	private := fakeapi.PrivateChat(h.admin)
	got := h.say(private, h.admin, "/search budget since:2025-09-06", 1)
	if text := got[0].Text; !strings.Contains(text, "Jane Smith") || !strings.Contains(text, "undated, added Sat 6 Sep: Smith told reporters") {
		t.Errorf("/search since the day it was stored:\n%s", text)
	}
	got = h.say(private, h.admin, "/search budget since:2025-09-07", 1)
	if text := got[0].Text; strings.Contains(text, "Jane Smith") {
		t.Errorf("/search since the day after it was stored finds it:\n%s", text)
	}
}

// TestSearchDescribedSpeaker: a /search result headed by a speaker the
// text describes rather than names ("a spokesman") reads as the line under
// it does: "Spokesman" over "A spokesman said ...".
func TestSearchDescribedSpeaker(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	saveText(t, h, "b.txt", "Ferries to run again\n\nThe ferries will run again on Monday, a spokesman said.\n")
	got := h.say(fakeapi.PrivateChat(h.admin), h.admin, "/search ferries", 1)
	if text := got[0].Text; !strings.Contains(text, "\nSpokesman\n") || !strings.Contains(text, "A spokesman said the ferries will run again") {
		t.Errorf("search reply:\n%s", text)
	}
}

// saveText stores a clipping of text with the statements the extractor
// finds in it, and returns it.
func saveText(t *testing.T, h *harness, name, text string) *digest.Clipping {
	t.Helper()
	c, err := clip.Parse(name, []byte(text), clip.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.Statements = extract.Statements(c)
	if _, err := h.store.SaveClipping(h.ctx, c); err != nil {
		t.Fatal(err)
	}
	return c
}
