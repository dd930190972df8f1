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
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.want {
					return
				}
			}
			t.Errorf("%s: %q: want content %q in %s", run, tt.text, tt.want, dump(got))
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
