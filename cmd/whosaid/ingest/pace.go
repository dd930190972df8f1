package ingest

import (
	"sync/atomic"
	"time"
)

// pace tells the writer whether reading a file itself brings the run's
// end closer. The writer reads while the clipping it saves next is not
// ready, which keeps both cores busy while the reading goroutines have
// more left to do than the writer. Near the end that turns around: every
// file the writer reads then is read sooner but saved later, and the
// clippings the readers finish meanwhile pile up behind it, to be saved
// with the other core idle (BenchmarkIngest: a last batch of 99-107
// clippings, saved for 18-20 ms after the readers had finished). So once
// every file is queued, the writer reads only while the readers' work left
// is more than its own, each estimated from the bytes left and the time a
// byte has taken so far: reading (shared among the readers), and saving,
// commits included. Bytes, not files: reading a file costs more in
// proportion to its size than saving it does, so a run whose last files
// are small (the PolNeAR train texts' last tenth is half the average)
// would read much faster at its end than a count of files says.
type pace struct {
	readers int // reading goroutines

	queued    atomic.Int64 // bytes of the files queued for reading
	allQueued atomic.Bool  // every file of the run is queued
	skipped   atomic.Int64 // bytes of the files skipped as done before: no work for either side
	readBytes atomic.Int64 // bytes of the other files read, by anyone
	readNanos atomic.Int64 // the time reading them took

	settled   int64         // bytes of the files the writer is done with: saved or failed (writer only)
	saved     int64         // bytes of the files saved in batches (writer only)
	saveNanos time.Duration // the time saving them took (writer only)
}

func newPace(readers int) *pace {
	return &pace{readers: max(1, readers)}
}

// timeRead records a file of size bytes read in d (any goroutine).
func (p *pace) timeRead(size int64, d time.Duration) {
	p.readNanos.Add(int64(d))
	p.readBytes.Add(max(1, size))
}

// skip records a file of size bytes skipped as done before (any
// goroutine).
func (p *pace) skip(size int64) { p.skipped.Add(max(1, size)) }

// timeSave records a batch of files of size bytes in all (each counted as
// at least one) saved in d.
func (p *pace) timeSave(size int64, d time.Duration) {
	p.saved += size
	p.settled += size
	p.saveNanos += d
}

// settle records a file of size bytes the writer is done with without
// saving it (it failed).
func (p *pace) settle(size int64) { p.settled += max(1, size) }

// help reports whether the writer should read a file rather than wait for
// the readers: until every file is queued or anything has been timed, and
// then while the readers' work left is more than the writer's.
func (p *pace) help() bool {
	read, saved := p.readBytes.Load(), p.saved
	if !p.allQueued.Load() || read == 0 || saved == 0 {
		return true
	}
	queued := p.queued.Load() - p.skipped.Load()
	perRead := float64(p.readNanos.Load()) / float64(read)
	perSave := float64(p.saveNanos) / float64(saved)
	readersLeft := float64(queued-read) * perRead / float64(p.readers)
	writerLeft := float64(queued-p.settled) * perSave
	return readersLeft > writerLeft
}
