package ingest

import (
	"testing"
	"time"
)

// The writer reads a file itself while the readers have more work left
// than it has, in bytes at the time a byte has taken each side so far;
// files skipped as done before are no work for either.
func TestPaceHelp(t *testing.T) {
	const kb = 1 << 10
	tests := []struct {
		name                 string
		queued, read, saved  int64 // KB
		skipped              int64 // KB
		readNanos, saveNanos time.Duration
		all                  bool
		want                 bool
	}{
		{name: "files still being queued", queued: 100, read: 90, saved: 80, readNanos: 90 * time.Millisecond, saveNanos: 40 * time.Millisecond, want: true},
		{name: "nothing saved yet", queued: 100, read: 10, readNanos: 10 * time.Millisecond, all: true, want: true},
		// 50 KB left to read at 1 ms a KB, 60 left to save at 0.5 ms.
		{name: "readers have more left", queued: 100, read: 50, saved: 40, readNanos: 50 * time.Millisecond, saveNanos: 20 * time.Millisecond, all: true, want: true},
		// 10 KB left to read (10 ms), 60 left to save (30 ms).
		{name: "writer has more left", queued: 100, read: 90, saved: 40, readNanos: 90 * time.Millisecond, saveNanos: 20 * time.Millisecond, all: true, want: false},
		// 40 KB of what is queued was skipped as done before: 10 KB left
		// to read (10 ms), 30 to save (15 ms); counted, the skipped
		// files would have made 50 ms of reading.
		{name: "skipped files count for neither", queued: 140, read: 90, saved: 70, skipped: 40, readNanos: 90 * time.Millisecond, saveNanos: 35 * time.Millisecond, all: true, want: false},
		// Per byte, reading costs three times saving: 40 KB left to read
		// (40 ms), 60 to save (30 ms).
		{name: "reading costs more a byte", queued: 100, read: 60, saved: 40, readNanos: 60 * time.Millisecond, saveNanos: 20 * time.Millisecond, all: true, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPace(1)
			p.queued.Store(tt.queued * kb)
			p.skipped.Store(tt.skipped * kb)
			if tt.read > 0 {
				p.timeRead(tt.read*kb, tt.readNanos)
			}
			if tt.saved > 0 {
				p.timeSave(tt.saved*kb, tt.saveNanos)
			}
			p.allQueued.Store(tt.all)
			if got := p.help(); got != tt.want {
				t.Errorf("help() = %v, want %v", got, tt.want)
			}
		})
	}
}

// Two readers share what is left to read.
func TestPaceHelpShared(t *testing.T) {
	p := newPace(2)
	p.queued.Store(100)
	p.timeRead(50, 50*time.Millisecond) // 50 left at 1 ms a byte: 25 ms each
	p.timeSave(70, 35*time.Millisecond) // 30 left at 0.5 ms: 15 ms
	p.allQueued.Store(true)
	if !p.help() {
		t.Error("help() = false with 25 ms of reading left for each of two readers and 15 of saving")
	}
	p.timeSave(10, 5*time.Millisecond)  // 20 left to save: 10 ms
	p.timeRead(20, 20*time.Millisecond) // 30 left to read: 15 ms each
	if !p.help() {
		t.Error("help() = false with 15 ms of reading left each and 10 of saving")
	}
	p.timeRead(20, 20*time.Millisecond) // 10 left to read: 5 ms each
	if p.help() {
		t.Error("help() = true with 5 ms of reading left each and 10 of saving")
	}
}
