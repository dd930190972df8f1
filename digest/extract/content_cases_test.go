package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// contentCase is a made-up sentence and a content one of its statements
// must have.
type contentCase struct{ text, want string }

// wantContents checks each case, after a sentence of no statement, with the
// rules alone and with the shipped model.
func wantContents(t *testing.T, tests []contentCase) {
	t.Helper()
	checkContents(t, tests, true)
}

// noContent checks that no run (the rules alone, the shipped model) gives
// a statement whose content is the case's, each text after a sentence of
// no statement.
func noContent(t *testing.T, tests []contentCase) {
	t.Helper()
	checkContents(t, tests, false)
}

// checkContents reads each case after a sentence of no statement, with
// the rules alone and with the shipped model, and checks whether some
// statement's content is the case's: it must be when present, it must not
// be otherwise.
func checkContents(t *testing.T, tests []contentCase, present bool) {
	t.Helper()
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			found := false
			for _, s := range got {
				found = found || s.Content == tt.want
			}
			switch {
			case present && !found:
				t.Errorf("%s: %q: want content %q in %s", run, tt.text, tt.want, dump(got))
			case !present && found:
				t.Errorf("%s: %q: want no statement %q, got %s", run, tt.text, tt.want, dump(got))
			}
		})
	}
}

// cueContentCase is a made-up sentence, and the cue and the content one
// of its statements must have.
type cueContentCase struct{ text, cue, content string }

// wantCueContents checks each case as wantContents does, with its cue.
func wantCueContents(t *testing.T, tests []cueContentCase) {
	t.Helper()
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Cue == tt.cue && s.Content == tt.content {
					return
				}
			}
			t.Errorf("%s: %q: want %q: %q in %s", run, tt.text, tt.cue, tt.content, dump(got))
		})
	}
}
