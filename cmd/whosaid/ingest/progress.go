package ingest

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows progress: a bar on a terminal, a line every so many
// files otherwise, nothing when off.
type progress struct {
	w     io.Writer
	on    bool
	tty   bool // w is a terminal: a bar
	bar   *progressbar.ProgressBar
	total int
	n     int
}

func newProgress(w io.Writer, on, tty bool) *progress {
	return &progress{w: w, on: on, tty: tty}
}

func (p *progress) start(total int) {
	p.total = total
	if p.on && p.tty && total > 1 {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionSetWidth(30))
	}
}

func (p *progress) advance(path string) {
	p.n++
	switch {
	case p.bar != nil:
		_ = p.bar.Add(1)
	case p.on && p.n%100 == 0:
		fmt.Fprintf(p.w, "ingest: %d/%d files\n", p.n, p.total)
	}
}

// printf prints a line (a failure) without breaking the bar.
func (p *progress) printf(format string, args ...any) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintf(p.w, format, args...)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
