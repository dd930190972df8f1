// The reading side of a run: files listed, queued in order and read by
// the reading goroutines (and by the writer while it waits; ingest.go).

package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// readAhead is how many files the readers may have read (or be reading)
// beyond the one the writer saves next: enough to fill the next batch
// while the writer saves one. With 4 (a reader's), the readers stopped
// while a batch was saved, and the writer then found the next file not
// ready, saved small batches and read files itself: `whosaid ingest` of
// the 840 PolNeAR train texts read for 1.55 / 1.61 s, against 1.12 /
// 0.69 s with 256 (load 3.9; user CPU 1.51 / 1.58 -> 1.35 / 1.34 s).
// (The hand copy of this pipeline that BenchmarkIngest timed then never
// held its readers back.)
const readAhead = 2 * ingestBatch

// readAheadBytes bounds, besides, the size of the files read ahead, and
// that of a batch's: a clipping in memory, with its statements and what
// saving them takes, is up to 40 times its file (24 text files of 1 MB,
// one paragraph of quotes each: peak RSS 508 MB with 4 files ahead, 957
// MB with 256 and no bound). News articles of a few kilobytes are bound
// by readAhead and ingestBatch alone (the budget counts bytes: with 64 KB
// units, every file took at least one and 64 files were the most ahead).
const readAheadBytes = 4 << 20

// byteBudget hands out bytes of readAheadBytes, in file order (the
// semaphore is first come, first served): one goroutine takes, the writer
// gives back. Every file takes at least one byte and at most the whole
// budget, so a file larger than all of it goes through once nothing else
// is out.
type byteBudget struct {
	sem   *semaphore.Weighted
	total int64
}

func newByteBudget(bytes int64) byteBudget {
	return byteBudget{sem: semaphore.NewWeighted(bytes), total: bytes}
}

// cost is what a file of size bytes takes from the budget.
func (b byteBudget) cost(size int64) int64 { return min(b.total, max(1, size)) }

// take waits until size bytes are free or ctx ends.
func (b byteBudget) take(ctx context.Context, size int64) error {
	return b.sem.Acquire(ctx, b.cost(size))
}

// give returns what take(size) took.
func (b byteBudget) give(size int64) { b.sem.Release(b.cost(size)) }

// item is one file on its way through the pipeline.
type item struct {
	path string
	key  string // fileKey(path, ...), made by the reader
	info fs.FileInfo
	size int64 // of the file, for readAheadBytes
	c    *digest.Clipping
	save store.BatchItem // c, prepared for saving
	err  error
	done chan struct{}
}

// listing is a run's files, listed before any is read, and the paths
// that could not be listed, reported by the writer with the files that
// fail later.
type listing struct {
	files  []string
	failed []failedPath
}

type failedPath struct {
	path string
	err  error
}

func list(paths []string) listing {
	var ls listing
	ls.files = clip.Files(paths, func(path string, err error) {
		ls.failed = append(ls.failed, failedPath{path, err})
	})
	return ls
}

// readers is a run's reading under way: every file queued in order on
// items for the writer and on jobs for the reading goroutines (and the
// writer, which takes from jobs while the clipping it saves next is not
// ready), within the read-ahead bounds.
type readers struct {
	items    chan *item
	jobs     chan *item
	ahead    byteBudget   // what the files on items take; the writer gives it back
	pc       *pace        // the writer's reading, paced by what each side has left
	rd       reading      // what reading a file needs
	finished atomic.Int64 // when the last reading goroutine ended (UnixNano), 0 before
}

// startReading queues files and starts reading them, on one goroutine
// less than cores: the writer is the serial part, and a reader sharing its
// core slowed it by a third. The end of ctx stops the queueing.
func startReading(ctx context.Context, files []string, rd reading) *readers {
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	r := &readers{
		items: make(chan *item, readAhead),
		jobs:  make(chan *item, readAhead),
		ahead: newByteBudget(readAheadBytes),
		pc:    newPace(workers),
		rd:    rd,
	}
	go func() {
		defer close(r.items)
		defer close(r.jobs)
		defer r.pc.allQueued.Store(true)
		for _, p := range files {
			it := &item{path: p, done: make(chan struct{})}
			if it.info, it.err = os.Stat(p); it.err == nil {
				it.size = it.info.Size()
			}
			if r.ahead.take(ctx, it.size) != nil {
				return
			}
			r.pc.queued.Add(max(1, it.size))
			select {
			case r.items <- it:
			case <-ctx.Done():
				return
			}
			r.jobs <- it
		}
	}()
	for range workers {
		go func() {
			for it := range r.jobs {
				if ctx.Err() != nil {
					close(it.done) // the run has ended: nobody waits for it
					continue
				}
				it.timedRead(rd, r.pc)
			}
			r.finished.Store(time.Now().UnixNano())
		}()
	}
	return r
}

// timedRead reads the file (read), tells pc how long it took (or that it
// was skipped as done before), and marks it done.
func (it *item) timedRead(rd reading, pc *pace) {
	t := time.Now()
	it.read(rd)
	if it.err == nil && it.c == nil {
		pc.skip(it.size)
	} else {
		pc.timeRead(it.size, time.Since(t))
	}
	close(it.done)
}

// read parses and extracts one file and prepares it for saving, unless
// done has it already (it.c stays nil then). It runs on the reading
// goroutines, so the writer only writes.
func (it *item) read(rd reading) {
	if it.err != nil { // from the file's os.Stat
		return
	}
	it.key = fileKey(it.path, rd.cwd)
	if rd.done.Done(it.key, it.info.Size(), it.info.ModTime()) {
		return
	}
	if it.c, it.err = clip.ReadStatFile(it.path, it.info, rd.opts); it.err != nil {
		return
	}
	it.c.Added = time.Now() // what the extractor takes for its era when no date is given
	if it.c.Statements, it.err = extract.Checked(it.c); it.err != nil {
		return
	}
	it.save = store.BatchItem{Clipping: it.c}
	it.save.Prepare()
}

// reading is what reading a file needs besides the file.
type reading struct {
	done store.DoneFiles
	opts clip.Options
	cwd  string // the working directory, "" when unknown
}

// fileKey is the name a file is remembered by: its absolute path, as
// filepath.Abs makes it, with the working directory cwd read once a run
// (filepath.Abs asks for it each time: two stat calls a file).
func fileKey(path, cwd string) string {
	switch {
	case filepath.IsAbs(path):
		return filepath.Clean(path)
	case cwd != "":
		return filepath.Join(cwd, path)
	}
	return path
}

// workingDir is the working directory fileKey joins relative paths to,
// "" when unknown.
func workingDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}
