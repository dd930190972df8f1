package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/semaphore"
	"golang.org/x/term"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// defaultDB is the database the terminal commands use without -db.
const defaultDB = "whosaid.db"

// cmdIngest runs `whosaid ingest [-db FILE] [--published D] PATH...`.
func cmdIngest(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "ingest")
	dbPath := fset.String("db", defaultDB, "the database `file` (created when missing)")
	published := fset.String("published", "", "publication date `YYYY-MM-DD` for clippings that give none")
	quiet := fset.Bool("q", false, "no progress, only failures and the summary")
	setUsage(fset, env, "usage: whosaid ingest [-db FILE] [--published YYYY-MM-DD] PATH...", "Stores clippings (files, or folders of .txt .md .html) and their statements.", "Files already ingested and unchanged are skipped, so an interrupted run resumes.")
	if err := parseArgs(fset, args, someArgs); err != nil {
		return err
	}
	opts, err := clipOptions(*published)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingestPaths(ctx, env, st, fset.Args(), opts, !*quiet, true)
	fmt.Fprintln(env.Stderr, sum)
	if err != nil {
		return err
	}
	if err := tidyIndex(ctx, st, sum); err != nil {
		return err
	}
	if sum.failed > 0 {
		return exitError{1}
	}
	return nil
}

// tidyIndex merges the full-text index into one segment after a run that
// added at least a tenth of the store's entries. Each save transaction
// leaves a segment, and a phrase query seeks through every segment: on a
// million statements a timeline's p99 went from 14.7-22.5 ms to
// 10.9-14.4 ms once merged. Merging costs time in proportion to the whole
// index, so it is paid only when the run grew the index by a tenth; a
// smaller run that read in bulk (sum.bulk: FTS5's own merging was off)
// gets the bounded merge steps the daemon takes after a collection.
func tidyIndex(ctx context.Context, st *store.Store, sum ingestSummary) error {
	if sum.entries == 0 || sum.built {
		return nil // a run that built the index left it in one segment
	}
	total, err := st.MaxEntryID(ctx)
	if err != nil {
		return err
	}
	if int64(sum.entries)*10 < total {
		if sum.bulk {
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
// after which tidyIndex merges the whole index anyway. Merging as it goes
// would rewrite each segment on its way up the levels only to rewrite
// them all again at the end: on the 840 PolNeAR train texts into a fresh
// database, ingest with its final merge went 0.245 / 0.254 -> 0.269 /
// 0.264 of the raw SQLite rate (docs/speed.md).
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

// clipOptions turns --published into clip.Options.
func clipOptions(published string) (clip.Options, error) {
	var opts clip.Options
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			return opts, digest.Errorf(digest.EINVALID, "--published %q: want YYYY-MM-DD", published)
		}
		opts.Published = t
	}
	return opts, nil
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	files, skipped, failed       int
	clippings, dups, nearDups    int
	statements, entries, speaker int
	took                         time.Duration
	bulk                         bool // saved with FTS5's automatic merging off
	built                        bool // saved without full-text rows, then built the index
}

func (s ingestSummary) String() string {
	rate := ""
	if done := s.files - s.skipped; done > 0 && s.took > 0 {
		rate = fmt.Sprintf(" (%.0f files/s)", float64(done)/s.took.Seconds())
	}
	return fmt.Sprintf("ingest: %d files in %s%s: %d new clippings (%d near-duplicates), %d already stored, %d skipped as done before, %d failed; %d statements, %d new, %d new speakers",
		s.files, s.took.Round(time.Millisecond), rate, s.clippings, s.nearDups, s.dups, s.skipped, s.failed, s.statements, s.entries, s.speaker)
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

// readAhead is how many files the readers may have read (or be reading)
// beyond the one the writer saves next: enough to fill the next batch
// while the writer saves one. With 4 (a reader's), the readers stopped
// while a batch was saved, and the writer then found the next file not
// ready, saved small batches and read files itself: `whosaid ingest` of
// the 840 PolNeAR train texts read for 1.55 / 1.61 s, against 1.12 /
// 0.69 s with 256 (load 3.9; user CPU 1.51 / 1.58 -> 1.35 / 1.34 s).
// BenchmarkIngest never held its readers back.
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

// ingestItem is one file on its way through the pipeline.
type ingestItem struct {
	path string
	key  string // fileKey(path), made by the reader
	info fs.FileInfo
	size int64 // of the file, for readAheadBytes
	c    *digest.Clipping
	save store.BatchItem // c, prepared for saving
	err  error
	done chan struct{}
}

// ingestPaths stores the clippings in paths (files and folders). Files are
// read and their statements extracted on the other cores while one writer
// saves them in order (and reads too while the next is not ready), a few
// at a time in one transaction with the record that their files are done,
// so an interrupted run resumes where it stopped. Failures are reported per
// file with their reason and counted; the error is for the database or a
// cancelled context.
//
// merge says the caller merges the index after the run (tidyIndex): a run
// large enough then saves with FTS5's automatic merging off, and turns it
// on again when it ends, however it ends. A run killed before that leaves
// it off until the next ingest ends; the daemon's merge steps and FTS5's
// own crisis merges keep the segments bounded meanwhile. A run into a
// store it will outgrow tenfold builds the index at its end instead of row
// by row (bulkReading); killed before, it leaves the index marked stale,
// search refuses it, and the next store.Open builds it.
func ingestPaths(ctx context.Context, env *Env, st *store.Store, paths []string, opts clip.Options, progress, merge bool) (sum ingestSummary, err error) {
	start := time.Now()
	out := newIngestProgress(env.Stderr, progress)
	fail := func(path string, err error) {
		sum.failed++
		out.printf("%s: %s\n", path, errorText(err))
	}
	files := clip.Files(paths, fail)
	sum.files = len(files) + sum.failed
	if merge && len(files) > 0 {
		if sum.bulk, sum.built, err = bulkReading(ctx, st, len(files)); err != nil {
			return sum, err
		}
	}
	if sum.bulk {
		if err := st.SetIndexAutomerge(ctx, 0); err != nil {
			return sum, err
		}
		defer func() {
			// Even when ctx was cancelled (Ctrl-C): the setting lasts.
			if rerr := st.SetIndexAutomerge(context.WithoutCancel(ctx), store.DefaultAutomerge); err == nil {
				err = rerr
			}
		}()
		if env.Getenv("GOGC") == "" { // the user's own setting stands
			old := debug.SetGCPercent(bulkGCPercent)
			defer debug.SetGCPercent(old)
		}
	}
	if sum.built {
		st.DeferIndex()
		runCtx := ctx // not the reading's, which ends first
		defer func() {
			// A run that ends early leaves the index marked stale, and
			// the next Open builds it.
			if err == nil {
				err = st.BuildIndex(runCtx)
			}
		}()
	}
	done, err := st.DoneFiles(ctx)
	if err != nil {
		return sum, err
	}
	out.start(len(files))
	defer func() { sum.took = time.Since(start) }()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// One reading goroutine less than cores: the writer is the serial
	// part, and a reader sharing its core slowed it by a third. While
	// what it saves next is not ready, the writer reads too (wait).
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	items := make(chan *ingestItem, readAhead)
	jobs := make(chan *ingestItem, readAhead)
	ahead := newByteBudget(readAheadBytes) // files queued or being read
	go func() {
		defer close(items)
		defer close(jobs)
		for _, p := range files {
			it := &ingestItem{path: p, done: make(chan struct{})}
			if it.info, it.err = os.Stat(p); it.err == nil {
				it.size = it.info.Size()
			}
			if ahead.take(ctx, it.size) != nil {
				return
			}
			select {
			case items <- it:
			case <-ctx.Done():
				return
			}
			jobs <- it
		}
	}()
	for range workers {
		go func() {
			for it := range jobs {
				it.read(done, opts)
				close(it.done)
			}
		}()
	}
	help := jobs // closed and set to nil once every file is taken
	// readOne reads a file the writer took from help (!ok: every file is
	// taken).
	readOne := func(j *ingestItem, ok bool) {
		if !ok {
			help = nil
			return
		}
		j.read(done, opts)
		close(j.done)
	}
	wait := func(it *ingestItem) error {
		for {
			select {
			case <-it.done:
				return nil
			case j, ok := <-help:
				readOne(j, ok)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	// read reads queued files while it is not ready and the batch has
	// fewer than minBatch clippings.
	read := func(it *ingestItem, batch int) {
		for help != nil && batch < minBatch && ctx.Err() == nil {
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
	var batch []*ingestItem
	var batchBytes int64
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		batchBytes = 0
		todo := make([]store.BatchItem, len(batch))
		for i, it := range batch {
			todo[i] = it.save
			todo[i].File = &store.FileState{Path: it.key, Size: it.info.Size(), ModTime: it.info.ModTime()}
		}
		for i, r := range st.SaveBatch(ctx, todo) {
			switch {
			case r.Err != nil && digest.ErrorCode(r.Err) == digest.EINVALID:
				fail(batch[i].path, r.Err)
			case r.Err != nil:
				return r.Err
			case r.Duplicate:
				sum.dups++
			default:
				sum.clippings++
				if r.NearDupOf != 0 {
					sum.nearDups++
				}
				sum.statements += r.Statements
				sum.entries += r.NewEntries
				sum.speaker += r.NewSpeakers
			}
		}
		batch = batch[:0]
		return nil
	}
	for it := range items {
		ahead.give(it.size)
		read(it, len(batch))
		select {
		case <-it.done:
		default:
			// Save what is ready rather than wait with it.
			if err := flush(); err != nil {
				return sum, err
			}
			if err := wait(it); err != nil {
				return sum, err
			}
		}
		out.advance(it.path)
		switch {
		case it.err != nil:
			fail(it.path, it.err)
		case it.c == nil:
			sum.skipped++
		default:
			for _, n := range it.c.Notes {
				out.printf("%s: %s\n", it.path, n)
			}
			batch, batchBytes = append(batch, it), batchBytes+it.size
			if len(batch) >= ingestBatch || batchBytes >= readAheadBytes {
				if err := flush(); err != nil {
					return sum, err
				}
			}
		}
	}
	if err := flush(); err != nil {
		return sum, err
	}
	out.finish()
	return sum, ctx.Err()
}

// read parses and extracts one file and prepares it for saving, unless
// done has it already (it.c stays nil then). It runs on the reading
// goroutines, so the writer only writes.
func (it *ingestItem) read(done store.DoneFiles, opts clip.Options) {
	if it.err != nil { // from the file's os.Stat
		return
	}
	it.key = fileKey(it.path)
	if done.Done(it.key, it.info.Size(), it.info.ModTime()) {
		return
	}
	if it.c, it.err = clip.ReadFile(it.path, opts); it.err != nil {
		return
	}
	it.c.Added = time.Now() // what the extractor takes for its era when no date is given
	if it.c.Statements, it.err = extract.Checked(it.c); it.err != nil {
		return
	}
	it.save = store.BatchItem{Clipping: it.c}
	it.save.Prepare()
}

// fileKey is the name a file is remembered by: its absolute path.
func fileKey(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// ingestProgress shows progress: a bar on a terminal, a line every so many
// files otherwise, nothing when off.
type ingestProgress struct {
	w     io.Writer
	on    bool
	bar   *progressbar.ProgressBar
	total int
	n     int
}

func newIngestProgress(w io.Writer, on bool) *ingestProgress {
	return &ingestProgress{w: w, on: on}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p *ingestProgress) start(total int) {
	p.total = total
	if p.on && isTerminal(p.w) && total > 1 {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionSetWidth(30))
	}
}

func (p *ingestProgress) advance(path string) {
	p.n++
	switch {
	case p.bar != nil:
		_ = p.bar.Add(1)
	case p.on && p.n%100 == 0:
		fmt.Fprintf(p.w, "ingest: %d/%d files\n", p.n, p.total)
	}
}

// printf prints a line (a failure) without breaking the bar.
func (p *ingestProgress) printf(format string, args ...any) {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
	fmt.Fprintf(p.w, format, args...)
}

func (p *ingestProgress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// openExisting opens the database at path for a command that reads it,
// with a hint when it does not exist yet.
func openExisting(ctx context.Context, path string) (*store.Store, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, digest.Errorf(digest.EINVALID, "no database at %s: run `whosaid ingest -db %s PATH...` first", path, path)
	}
	return store.Open(ctx, path)
}
