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
