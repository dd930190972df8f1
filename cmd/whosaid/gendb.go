package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/store"
)

// defaultCorpus is where gendb finds text when -corpus is not given: the
// PolNeAR training texts beside the repository, else the seed clippings.
var defaultCorpus = []string{"../shared/polnear/train/text", "testdata/clippings"}

// cmdGenDB runs `whosaid gendb -db FILE [-n N] [-corpus DIR]`.
func cmdGenDB(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "gendb")
	dbPath := fset.String("db", "", "the database `file` to create (must not exist)")
	n := fset.Int("n", 1000000, "statements to generate")
	corpus := fset.String("corpus", "", "a `folder` of texts whose sentences and names are used (default: "+strings.Join(defaultCorpus, " or ")+")")
	speakers := fset.Int("speakers", 2000, "distinct speakers")
	seed := fset.Uint64("seed", 1, "random seed")
	ingest := fset.Bool("ingest", false, "write synthetic clippings through the ingest path (SaveBatch), not rows in bulk; no final optimize")
	setUsage(fset, env, "usage: whosaid gendb -db FILE [-n 1000000] [-corpus DIR] [-ingest]", "Builds a synthetic database for benchmarks from a corpus's own sentences and names.")
	if err := parseArgs(fset, args, anyArgs); err != nil {
		return err
	}
	if *dbPath == "" || fset.NArg() > 0 || *n < 1 {
		fset.Usage()
		return errUsage
	}
	if _, err := os.Stat(*dbPath); err == nil {
		return digest.Errorf(digest.EINVALID, "%s exists: gendb builds a new database", *dbPath)
	}
	dir := *corpus
	if dir == "" {
		for _, d := range defaultCorpus {
			if info, err := os.Stat(d); err == nil && info.IsDir() {
				dir = d
				break
			}
		}
	}
	texts, outlets, err := readCorpus(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	last := 0
	gopts := store.GenerateOptions{
		Statements: *n, Texts: texts, Outlets: outlets, Speakers: *speakers, Seed: *seed,
		Progress: func(done, total int) {
			if done-last >= total/20 || done == total {
				last = done
				fmt.Fprintf(env.Stderr, "gendb: %d/%d statements, %s\n", done, total, time.Since(start).Round(time.Second))
			}
		},
	}
	generate := st.Generate
	if *ingest {
		generate = st.GenerateIngest
	}
	gs, err := generate(ctx, gopts)
	if err != nil {
		return err
	}
	loaded := time.Since(start)
	if !*ingest {
		if err := st.Optimize(ctx); err != nil {
			return err
		}
	}
	took := time.Since(start)
	if err := st.Close(); err != nil {
		return err
	}
	info, err := os.Stat(*dbPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "gendb: %s: %d statements, %d clippings, %d speakers from %d sentences of %s; loaded in %s, optimized in %s, total %s; %.0f MB\n",
		*dbPath, gs.Statements, gs.Clippings, gs.Speakers, gs.Sentences, dir,
		loaded.Round(time.Second), (took - loaded).Round(time.Second), took.Round(time.Second), float64(info.Size())/1e6)
	return nil
}

// readCorpus reads the texts of a folder and names outlets after the
// publishers its file names start with (PolNeAR's "breitbart_2015-...").
func readCorpus(dir string) (texts, outlets []string, err error) {
	if dir == "" {
		return nil, nil, digest.Errorf(digest.EINVALID, "no corpus: give -corpus DIR")
	}
	var failed []string
	files := clip.Files([]string{dir}, func(path string, err error) { failed = append(failed, path+": "+errorText(err)) })
	if len(failed) > 0 {
		return nil, nil, digest.Errorf(digest.EINVALID, "corpus: %s", strings.Join(failed, "; "))
	}
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		texts = append(texts, string(data))
		if pub, _, ok := strings.Cut(filepath.Base(f), "_"); ok && !seen[pub] {
			seen[pub] = true
			outlets = append(outlets, strings.ToUpper(pub[:1])+pub[1:])
		}
	}
	if len(texts) == 0 {
		return nil, nil, digest.Errorf(digest.EINVALID, "corpus %s has no .txt, .md or .html files", dir)
	}
	sort.Strings(outlets)
	return texts, outlets, nil
}
