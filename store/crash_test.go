package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// crashClippings is how many clippings the crash child saves in all.
const crashClippings = 240

// crashClipping returns the i-th clipping the crash child saves: each with
// its own text and 3 to 21 statements by a handful of speakers.
func crashClipping(t testing.TB, i int) *digest.Clipping {
	var paras []string
	var stmts []said
	for k := range crashStatements(i) {
		content := fmt.Sprintf("statement %d of clipping %d about sanctions, talks and relations number %d", k, i, i*100+k)
		paras = append(paras, fmt.Sprintf("Speaker %d said %s.", k%4, content))
		stmts = append(stmts, said{speaker: fmt.Sprintf("Person%d Surname%d", k%4, k%4), content: content, on: "2025-07-29"})
	}
	return clipping(t, fmt.Sprintf("crash/%04d.txt", i), "Outlet", "2025-07-29", fmt.Sprintf("Headline %d", i), paras, stmts...)
}

func crashStatements(i int) int { return 3 * (i%7 + 1) }

// TestCrashChild is the child process of TestKillDuringIngest: it saves the
// crash clippings into the database named by WHOSAID_CRASH_DB, printing
// "saved N" after each, until it is killed or done. With
// WHOSAID_CRASH_DEFER set it defers the full-text index (DeferIndex) and
// builds it at the end.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("WHOSAID_CRASH_DB")
	if path == "" {
		t.Skip("run by TestKillDuringIngest")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deferred := os.Getenv("WHOSAID_CRASH_DEFER") != ""
	if deferred {
		s.DeferIndex()
	}
	for i := range crashClippings {
		if _, err := s.SaveClipping(ctx, crashClipping(t, i)); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("saved %d\n", i)
	}
	if deferred {
		if err := s.BuildIndex(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// TestKillDuringIngest kills a process that is saving clippings (SIGKILL,
// at several points), checks after each kill that the database opens,
// is intact and holds only whole clippings, reads it while the child
// writes, and finally lets a run finish the work.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	reader, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	for _, killAfter := range []int{15, 70, 150} {
		reads := 0
		killCrashChild(t, path, killAfter, func() {
			// A reader works while the child writes.
			if _, err := reader.Search(ctx, "sanctions", 5, 0); err != nil {
				t.Errorf("search while writing: %v", err)
			}
			reads++
		})
		t.Logf("killed after %d saves, %d reads meanwhile", killAfter, reads)
		checkWholeClippings(t, path)
	}
	// Run to the end: only what is left is done.
	finishCrashChild(t, path)
	got := checkWholeClippings(t, path)
	if got != crashClippings {
		t.Errorf("%d clippings after the final run, want %d", got, crashClippings)
	}
	want := 0
	for i := range crashClippings {
		want += crashStatements(i)
	}
	st, err := reader.Stats(ctx)
	if err != nil || st.Statements != want {
		t.Errorf("%d statements, want %d (%v)", st.Statements, want, err)
	}
}

// killCrashChild runs TestCrashChild on the database at path, with env
// added to its environment, calls saved after each clipping it saves, and
// kills it (SIGKILL) once it has saved killAfter.
func killCrashChild(t *testing.T, path string, killAfter int, saved func(), env ...string) {
	t.Helper()
	child := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	child.Env = append(append(os.Environ(), "WHOSAID_CRASH_DB="+path), env...)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		n, err := strconv.Atoi(strings.TrimPrefix(lines.Text(), "saved "))
		if err != nil {
			continue
		}
		saved()
		if n >= killAfter {
			break
		}
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
}

// finishCrashChild runs TestCrashChild on the database at path to its
// end.
func finishCrashChild(t *testing.T, path string, env ...string) {
	t.Helper()
	child := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	child.Env = append(append(os.Environ(), "WHOSAID_CRASH_DB="+path), env...)
	if out, err := child.CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
}

// checkWholeClippings opens the database at path, checks its integrity and
// that every stored clipping has all of its statements, and returns how
// many clippings it holds.
func checkWholeClippings(t *testing.T, path string) int {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	checkIndex(t, s)
	rows, err := s.db.Query(`SELECT c.path, c.n_statements, (SELECT count(*) FROM entry_sources es WHERE es.clipping_id = c.id)
		FROM clippings c ORDER BY c.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var once sync.Once
	n := 0
	for rows.Next() {
		var p string
		var recorded, stored int
		if err := rows.Scan(&p, &recorded, &stored); err != nil {
			t.Fatal(err)
		}
		var i int
		fmt.Sscanf(p, "crash/%d.txt", &i)
		if want := crashStatements(i); recorded != want || stored != want {
			once.Do(func() { t.Errorf("%s: %d statements recorded, %d stored, want %d", p, recorded, stored, want) })
		}
		n++
	}
	return n
}

func TestReaderWhileWriterIngests(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rw.db")
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	done := make(chan error)
	progress := make(chan int, crashClippings)
	go func() {
		for i := range 120 {
			if _, err := w.SaveClipping(ctx, crashClipping(t, i)); err != nil {
				done <- err
				return
			}
			progress <- i
		}
		done <- nil
	}()
	reads := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			if reads == 0 {
				t.Error("no read ran while the writer wrote")
			}
			return
		case <-progress:
			if _, err := r.Search(ctx, "relations speaker:surname2", 5, 0); err != nil {
				t.Fatalf("search while writing: %v", err)
			}
			if _, err := r.Latest(ctx, digest.Filter{Limit: 5}); err != nil {
				t.Fatalf("latest while writing: %v", err)
			}
			reads++
		}
	}
}
