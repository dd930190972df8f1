// Package ingest is `whosaid ingest`'s pipeline: clipping files read,
// parsed and their statements extracted on the other cores while one
// writer saves them in batches, with the record of the files done. The
// command (`whosaid ingest`, `whosaid digest PATH...`) and its benchmark
// (store/ingestbench's BenchmarkIngest) call the same code, so what the
// benchmark measures is what the command runs.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/store"
)

// Options says how a run reads and what it reports.
type Options struct {
	Clip clip.Options // how clippings are read (--published)
	// Out takes the files that failed (with their reason), the notes
	// the reader made on files, the progress and, from Run, the summary
	// line: the terminal's stderr.
	Out io.Writer
	// Progress shows how far the run is on Out: a bar when Terminal, a
	// line every 100 files otherwise.
	Progress, Terminal bool
	// UserGC says the user set GOGC: a bulk run leaves the collector
	// alone then (bulkGCPercent).
	UserGC bool
}

// Run is `whosaid ingest`'s work: it opens (or creates) the database at
// dbPath, stores the clippings in paths (files and folders; Paths),
// writes the summary line to o.Out, merges the index when the run grew it
// by a tenth (Tidy) and closes the database. The error is for the
// database or ctx; files that failed are counted in the summary
// (Summary.Failed), which is returned whenever the database opened.
//
// Into a database that does not exist yet, the files are listed and
// reading starts before it is created and migrated (6 ms of one core on
// the benchmark's machine, the other idle): nothing is done there yet,
// and a file another process records meanwhile is found a duplicate, as
// any file recorded after the files done are read (store.DoneFiles).
func Run(ctx context.Context, dbPath string, paths []string, o Options) (sum Summary, err error) {
	var ls listing
	var early *readers
	restoreGC := func() {}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops early reading if the database does not open
	if newDatabase(dbPath) {
		restoreGC = bulkGC(o) // a run into a new database reads in bulk (bulkReading)
		ls = list(paths)
		early = startReading(rctx, ls.files, reading{done: store.DoneFiles{}, opts: o.Clip, cwd: workingDir()})
	}
	t := time.Now()
	st, err := store.Open(ctx, dbPath)
	if err != nil {
		restoreGC()
		return sum, err
	}
	open := time.Since(t)
	if early == nil {
		ls = list(paths)
	}
	defer func() {
		t := time.Now()
		st.Close() // as the command always did: what it reports is committed
		sum.Phases.Close = time.Since(t)
		restoreGC() // after closing (ingestPaths)
	}()
	var restore func()
	sum, restore, err = ingestPaths(ctx, st, ls, o, true, early)
	if early == nil {
		restoreGC = restore
	}
	sum.Phases.Open = open
	fmt.Fprintln(o.Out, sum)
	if err != nil {
		return sum, err
	}
	t = time.Now()
	err = Tidy(ctx, st, sum)
	sum.Phases.Tidy = time.Since(t)
	return sum, err
}

// newDatabase reports whether there is no database at path yet: no file,
// or an empty one (store.Open makes it a new database).
func newDatabase(path string) bool {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return err == nil && info.Mode().IsRegular() && info.Size() == 0
}

// Tidy merges the full-text index into one segment after a run that
// added at least a tenth of the store's entries. Each save transaction
// leaves a segment, and a phrase query seeks through every segment: on a
// million statements a timeline's p99 went from 14.7-22.5 ms to
// 10.9-14.4 ms once merged. Merging costs time in proportion to the whole
// index, so it is paid only when the run grew the index by a tenth; a
// smaller run that read in bulk (sum.Bulk: FTS5's own merging was off)
// gets the bounded merge steps the daemon takes after a collection.
func Tidy(ctx context.Context, st *store.Store, sum Summary) error {
	if sum.Entries == 0 || sum.Built {
		return nil // a run that built the index left it in one segment
	}
	total, err := st.MaxEntryID(ctx)
	if err != nil {
		return err
	}
	if int64(sum.Entries)*10 < total {
		if sum.Bulk {
			_, err = st.TidyIndex(ctx, bulkTidySteps)
		}
		return err
	}
	return st.Optimize(ctx)
}

// bulkTidySteps bounds the merge steps after a bulk run that grew the
// index by less than a tenth.
const bulkTidySteps = 64

// expectedStatements is a low estimate of the statements a clipping
// holds (PolNeAR's news average 13), for deciding on bulk reading.
const expectedStatements = 10

// bulkReading reports whether a run of n files should save with FTS5's
// automatic merging off: when it is likely to grow the index by a tenth,
// after which Tidy merges the whole index anyway. Merging as it goes
// would rewrite each segment on its way up the levels only to rewrite
// them all again at the end: on the 840 PolNeAR train texts into a fresh
// database, ingest with its final merge went 0.245 / 0.254 -> 0.269 /
// 0.264 of the raw SQLite rate (docs/speed/issue13.md, round seven).
//
// build says the run should also save without full-text rows and build
// the index once at its end (store.DeferIndex, BuildIndex): when it is
// likely to add ten times what the store holds, as the build reads every
// entry. Each term is then tokenised and written once, into one segment,
// instead of a segment a commit merged again at the end: on the 840
// PolNeAR train texts into a fresh database, 4-8% less CPU a statement.
// Up to maxBuildStatements: the build holds the write lock throughout.
func bulkReading(ctx context.Context, st *store.Store, n int) (bulk, build bool, err error) {
	total, err := st.MaxEntryID(ctx)
	if err != nil {
		return false, false, err
	}
	expected := int64(n) * expectedStatements
	return expected*10 >= total, total*10 <= expected && expected <= maxBuildStatements, nil
}

// maxBuildStatements bounds the run that builds the index at its end:
// the build holds the database's write lock, and other writers (the
// daemon) wait for it 10 s at most (the busy timeout). Building the index
// of the 1 M-statement real-ingest DB took 25 s of CPU (its optimize
// 6.5 s), so about 250,000 statements build in the time a million take
// to merge.
const maxBuildStatements = 250_000

// bulkGCPercent is the garbage collector's GOGC for a bulk run: the
// readers allocate as they parse and extract (150 MB for the 840 PolNeAR
// train texts), and the collector's work, taken from both cores, slows
// the writer, which sets the pace: the reading goroutines finish about
// 90 ms before it (BenchmarkIngest's saves-after-reading-ms), so what
// the collector takes from the writer's core is lost time. At 400 the
// heap may grow to five times what is live (`whosaid ingest` of those
// texts: peak RSS 194 MB at 200, 239-245 MB at 400, 316 MB with the
// collector off under a 512 MiB limit). Same-run alternating pairs at
// load 1.4-1.6, GOGC 200 -> 400: BenchmarkIngestCommand ratio 0.237 /
// 0.232 / 0.240 -> 0.251 / 0.248, CPU 88.6 / 89.7 / 86.8 -> 84.2 / 85.8
// / 85.1 us a statement; BenchmarkIngest 0.279 / 0.278 -> 0.291 / 0.291 /
// 0.286. (At load 3-4, CPU alone, 400 had measured no gain over 200.)
const bulkGCPercent = 400

// bulkGC sets the collector's GOGC to bulkGCPercent for a bulk run, unless
// the user set GOGC (their own setting stands), and returns what sets it
// back.
func bulkGC(o Options) (restore func()) {
	if o.UserGC {
		return func() {}
	}
	old := debug.SetGCPercent(bulkGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// Summary counts what an ingest did. Its String is the command's summary
// line.
type Summary struct {
	Files, Skipped, Failed        int
	Clippings, Dups, NearDups     int
	Statements, Entries, Speakers int
	Took                          time.Duration // reading and saving, up to the index's build
	Bulk                          bool          // saved with FTS5's automatic merging off
	Built                         bool          // saved without full-text rows, then built the index
	Phases                        Phases
}

// Phases is where a run's time went, wall time of each: for the
// benchmark, which reports them; the summary line leaves them out.
type Phases struct {
	Open        time.Duration // opening the database and migrating it (Run)
	FirstCommit time.Duration // from the start until the first batch is saved
	Wait        time.Duration // the writer waiting for the clipping it saves next
	Save        time.Duration // saving batches
	Tail        time.Duration // saving after the reading goroutines had finished
	Build       time.Duration // building the index and restoring FTS5's merging
	Tidy        time.Duration // merging the index (Run)
	Close       time.Duration // closing the database (Run)
	Batches     int           // batches saved
}

func (s Summary) String() string {
	rate := ""
	if done := s.Files - s.Skipped; done > 0 && s.Took > 0 {
		rate = fmt.Sprintf(" (%.0f files/s)", float64(done)/s.Took.Seconds())
	}
	return fmt.Sprintf("ingest: %d files in %s%s: %d new clippings (%d near-duplicates), %d already stored, %d skipped as done before, %d failed; %d statements, %d new, %d new speakers",
		s.Files, s.Took.Round(time.Millisecond), rate, s.Clippings, s.NearDups, s.Dups, s.Skipped, s.Failed, s.Statements, s.Entries, s.Speakers)
}

// ingestBatch is how many clippings at most are saved in one transaction
// (store.BulkBatch, measured there). readAheadBytes bounds a batch's size
// too.
const ingestBatch = store.BulkBatch

// minBatch is the fewest clippings the writer commits while there is a
// file waiting to be read: with fewer it reads one itself rather than
// commit. The writer keeps pace with the readers, so it often found the
// next file not ready with a handful in hand (BenchmarkIngest's batches
// ran from 1 to 128, half of them under 20).
const minBatch = 64

// Paths stores the clippings in paths (files and folders). Files are
// read and their statements extracted on the other cores while one writer
// saves them in order (and reads too while the next is not ready), a few
// at a time in one transaction with the record that their files are done,
// so an interrupted run resumes where it stopped. Failures are reported per
// file with their reason and counted; the error is for the database or a
// cancelled context. It keeps the index row by row with FTS5's automatic
// merging on, for a caller that does not merge the index after the run
// (whosaid digest PATH...); Run, which merges (Tidy), may read in bulk
// (ingestPaths' merge).
func Paths(ctx context.Context, st *store.Store, paths []string, o Options) (Summary, error) {
	sum, restoreGC, err := ingestPaths(ctx, st, list(paths), o, false, nil)
	restoreGC()
	return sum, err
}

// ingestPaths is Paths for Run too (merge), and hands back the setting of
// the garbage collector a bulk run raised (restoreGC) for the caller to
// set back: Run does so once the database is closed. Set back at the end
// of the run, the lower GOGC started a collection of the run's garbage
// that ran while the store closed (close 18-23 ms against 8-14 for the
// hand copy of the pipeline, which set it back after), work a command
// about to exit does not need.
//
// merge says the caller merges the index after the run (Tidy): a run
// large enough then saves with FTS5's automatic merging off, and turns it
// on again when it ends, however it ends. A run killed before that leaves
// it off until the next ingest ends; the daemon's merge steps and FTS5's
// own crisis merges keep the segments bounded meanwhile. A run into a
// store it will outgrow tenfold builds the index at its end instead of row
// by row (bulkReading); killed before, it leaves the index marked stale,
// search refuses it, and the next store.Open builds it.
//
// early is the reading already started (Run, into a new database), its
// GOGC set by the caller; nil starts it here once the files done are
// known.
func ingestPaths(ctx context.Context, st *store.Store, ls listing, o Options, merge bool, early *readers) (sum Summary, restoreGC func(), err error) {
	restoreGC = func() {}
	start := time.Now()
	out := newProgress(o.Out, o.Progress, o.Terminal)
	fail := func(path string, err error) {
		sum.Failed++
		out.printf("%s: %s\n", path, ErrorText(err))
	}
	for _, f := range ls.failed {
		fail(f.path, f.err)
	}
	files := ls.files
	sum.Files = len(files) + sum.Failed
	if merge && len(files) > 0 {
		if sum.Bulk, sum.Built, err = bulkReading(ctx, st, len(files)); err != nil {
			return sum, restoreGC, err
		}
	}
	// The index is built after FTS5's merging is set back (deferred calls
	// run in reverse): the setting's write is then copied into the
	// database with the saves', beside the writer as the build runs
	// (store.BuildIndex). Set back after the build, it left Close a copy
	// of its own to make, with a sync of the WAL and one of the database
	// (strace of `whosaid ingest`: two fsyncs fewer at close).
	if sum.Built {
		st.DeferIndex()
		runCtx := ctx // not the reading's, which ends first
		defer func() {
			// A run that ends early leaves the index marked stale, and
			// the next Open builds it.
			if err == nil {
				t := time.Now()
				err = st.BuildIndex(runCtx)
				sum.Phases.Build += time.Since(t)
			}
		}()
	}
	if sum.Bulk {
		if err := st.SetIndexAutomerge(ctx, 0); err != nil {
			return sum, restoreGC, err
		}
		defer func() {
			// Even when ctx was cancelled (Ctrl-C): the setting lasts.
			t := time.Now()
			if rerr := st.SetIndexAutomerge(context.WithoutCancel(ctx), store.DefaultAutomerge); err == nil {
				err = rerr
			}
			sum.Phases.Build += time.Since(t)
		}()
		if early == nil {
			restoreGC = bulkGC(o)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the reading when the run ends early
	r := early
	if r == nil {
		done, err := st.DoneFiles(ctx)
		if err != nil {
			return sum, restoreGC, err
		}
		r = startReading(ctx, files, reading{done: done, opts: o.Clip, cwd: workingDir()})
	}
	rd, pc := r.rd, r.pc
	out.start(len(files))
	defer func() { sum.Took = time.Since(start) }()

	help := r.jobs // closed and set to nil once every file is taken
	// readOne reads a file the writer took from help (!ok: every file is
	// taken).
	readOne := func(j *item, ok bool) {
		if !ok {
			help = nil
			return
		}
		j.timedRead(rd, pc)
	}
	// ready reports whether it is read. Asked before the writer takes a
	// queued file: a select with both ready picks one at random, and the
	// writer went on reading files ahead of the readers half the times its
	// clipping was ready, so the readers stayed ahead of it and batches
	// grew until the last one, saved after the readers had finished,
	// kept the other core idle for 90 ms (BenchmarkIngest: batches of
	// 140, 168, 233, 281; the writer asking first, about 64 each).
	ready := func(it *item) bool {
		select {
		case <-it.done:
			return true
		default:
			return false
		}
	}
	wait := func(it *item) error {
		t := time.Now()
		defer func() { sum.Phases.Wait += time.Since(t) }()
		for !ready(it) {
			var take chan *item // nil: the writer has more left to do (pace)
			if pc.help() {
				take = help
			}
			select {
			case <-it.done:
				return nil
			case j, ok := <-take:
				readOne(j, ok)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
	// read reads queued files while it is not ready, the batch has fewer
	// than minBatch clippings and the readers have more left to do than
	// the writer (pace).
	read := func(it *item, batch int) {
		for help != nil && batch < minBatch && ctx.Err() == nil && !ready(it) && pc.help() {
			select {
			case <-it.done:
				return
			case j, ok := <-help:
				readOne(j, ok)
			default:
				return // every file queued is being read
			}
		}
	}
	var batch []*item
	var batchBytes int64
	copyAsked := false
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if sum.Built && !copyAsked && r.finished.Load() != 0 {
			// The reading has ended and a core is free while the last
			// clippings are saved: the saves' WAL can be copied now,
			// rather than as the build begins.
			st.CopyWALAside(ctx)
			copyAsked = true
		}
		batchBytes = 0
		t := time.Now()
		if sum.Phases.Batches == 0 {
			sum.Phases.FirstCommit = t.Sub(start)
		}
		sum.Phases.Batches++
		defer func() { sum.Phases.Save += time.Since(t) }()
		var size int64 // for pc
		todo := make([]store.BatchItem, len(batch))
		for i, it := range batch {
			size += max(1, it.size)
			todo[i] = it.save
			todo[i].File = &store.FileState{Path: it.key, Size: it.info.Size(), ModTime: it.info.ModTime()}
		}
		results := st.SaveBatch(ctx, todo)
		pc.timeSave(size, time.Since(t))
		for i, r := range results {
			switch {
			case r.Err != nil && digest.ErrorCode(r.Err) == digest.EINVALID:
				fail(batch[i].path, r.Err)
			case r.Err != nil:
				return r.Err
			case r.Duplicate:
				sum.Dups++
			default:
				sum.Clippings++
				if r.NearDupOf != 0 {
					sum.NearDups++
				}
				sum.Statements += r.Statements
				sum.Entries += r.NewEntries
				sum.Speakers += r.NewSpeakers
			}
		}
		batch = batch[:0]
		return nil
	}
	for it := range r.items {
		r.ahead.give(it.size)
		read(it, len(batch))
		if !ready(it) {
			// Save what is ready rather than wait with it.
			if err := flush(); err != nil {
				return sum, restoreGC, err
			}
			if err := wait(it); err != nil {
				return sum, restoreGC, err
			}
		}
		out.advance(it.path)
		switch {
		case it.err != nil:
			fail(it.path, it.err)
			pc.settle(it.size)
		case it.c == nil:
			sum.Skipped++
		default:
			for _, n := range it.c.Notes {
				out.printf("%s: %s\n", it.path, n)
			}
			batch, batchBytes = append(batch, it), batchBytes+it.size
			if len(batch) >= ingestBatch || batchBytes >= readAheadBytes {
				if err := flush(); err != nil {
					return sum, restoreGC, err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return sum, restoreGC, err
	}
	if d := r.finished.Load(); d != 0 {
		sum.Phases.Tail = time.Since(time.Unix(0, d))
	}
	out.finish()
	return sum, restoreGC, ctx.Err()
}

// ErrorText is the one-line text of an error for the terminal: the user
// message of a *digest.Error, otherwise the error itself. It gives a
// failed file's reason here and the command's own errors (package main).
func ErrorText(err error) string {
	if digest.ErrorCode(err) == digest.EINTERNAL {
		return err.Error()
	}
	return digest.ErrorMessage(err)
}
