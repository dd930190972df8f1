// Command train learns the extractor's models from PolNeAR train and
// writes the weights that digest/extract embeds:
//
//	go run ./digest/extract/train -polnear ../shared/polnear/train -out digest/extract/model.bin
//
// With -cv N it instead trains N times, each time on all articles but one
// fold (articles dealt to folds in name order), and writes every article's
// statements as the model that did not see it extracts them, in the JSON
// Lines of `whosaid extract --json`, so that the measures can score them:
//
//	go run ./digest/extract/train -polnear ../shared/polnear/train -cv 5 -cv-out cv.jsonl
//	../shared/tools/attrib-eval --bin "sh -c 'cat cv.jsonl'" ../shared/polnear/train
//
// -rules writes the rules' own statements the same way, for comparison.
//
// -report (with -cv) prints how the models do on the held-out folds and,
// for the boundary models, on the folds they were trained on: how often
// each sets a boundary where the annotators did, against the rules, and
// how many wrong and right statements the statement model would drop at
// each threshold.
//
// -agreement prints how often annotators agree on exact content boundaries
// (the articles of the split that several annotators annotated), beside,
// with -cv, how often the held-out statements hit annotator 1's boundaries
// exactly on the same articles: the ceiling that boundary work runs into.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// defaultKeepMin was chosen by 5-fold cross-validation on train (the
// precision and recall of attrib-eval over the held-out folds); see
// docs/extractor/model.md. Zero, the perceptron's own boundary, since the
// statement model learns only common features (extract.TrainOptions).
const defaultKeepMin = 0

func main() {
	dir := flag.String("polnear", "../shared/polnear/train", "PolNeAR split `folder` holding text/ and attributions/")
	out := flag.String("out", "digest/extract/model.bin", "where to write the weights")
	cv := flag.Int("cv", 0, "cross-validate over `N` folds instead of writing weights")
	cvOut := flag.String("cv-out", "cv.jsonl", "cross-validation: where to write the held-out statements")
	rules := flag.Bool("rules", false, "cross-validation: write the rules' statements (no model)")
	epochs := flag.Int("epochs", 8, "passes over the training instances")
	keepCommon := flag.Int("keep-common", 25, "the statement model learns only features that this many of its training statements hold")
	seed := flag.Int64("seed", 1, "seed of the training shuffles (model.bin is made with 1; another shows how far a retrain moves the figures)")
	keepMin := flag.Float64("keep-min", defaultKeepMin, "score below which the statement model drops a statement")
	agree := flag.Bool("agreement", false, "print the annotators' agreement on exact content boundaries (and, with -cv, the held-out statements')")
	report := flag.Bool("report", false, "cross-validation: print how the models do on held-out and training folds")
	flag.Parse()
	if err := run(*dir, *out, *cv, *cvOut, *rules, *epochs, *seed, *keepMin, *keepCommon, *agree, *report); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dir, out string, cv int, cvOut string, rules bool, epochs int, seed int64, keepMin float64, keepCommon int, agree, report bool) error {
	start := time.Now()
	exs, paths, err := load(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d articles read in %v\n", len(exs), time.Since(start).Round(time.Millisecond))
	// the derived verbs of speech come first: the extractor must read the
	// texts with them before anything is learned from its statements
	cues := extract.DeriveCues(exs)
	if cues != extract.EmbeddedCues() {
		if err := os.WriteFile(cuesPath(out), []byte(cues), 0o644); err != nil {
			return err
		}
		return fmt.Errorf("%s changed (%d verbs): run the command again to train with it", cuesPath(out), strings.Count(cues, "\n"))
	}
	opt := extract.TrainOptions{Epochs: epochs, Seed: seed, Log: os.Stderr, KeepMin: keepMin, KeepCommon: keepCommon}
	if agree && cv <= 0 {
		return agreement(dir, exs, paths, nil)
	}
	if cv <= 0 {
		m, err := extract.Train(exs, opt)
		if err != nil {
			return err
		}
		b, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %v\n", out, len(b), time.Since(start).Round(time.Millisecond))
		return nil
	}
	f, err := os.Create(cvOut)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	held := make([][]digest.Statement, len(exs))
	var onHeld, onTrain extract.Diagnosis
	for k := 0; k < cv; k++ {
		var train []extract.Example
		for i, ex := range exs {
			if i%cv != k {
				train = append(train, ex)
			}
		}
		m := extract.Rules
		if !rules {
			if m, err = extract.Train(train, opt); err != nil {
				return err
			}
		}
		for i, ex := range exs {
			if i%cv == k {
				held[i] = m.Statements(ex.Clip)
				if report {
					m.Diagnose(ex, &onHeld)
				}
			} else if report {
				m.Diagnose(ex, &onTrain)
			}
		}
		fmt.Fprintf(os.Stderr, "fold %d/%d done at %v\n", k+1, cv, time.Since(start).Round(time.Millisecond))
	}
	for i, sts := range held {
		for _, s := range sts {
			line := struct {
				Clipping string `json:"clipping"`
				digest.Statement
			}{paths[i], s}
			if line.Via == nil {
				line.Via = []string{}
			}
			if err := enc.Encode(line); err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if report && !rules {
		fmt.Printf("end model, held-out folds: %v\n", onHeld.End)
		fmt.Printf("end model, its training folds: %v\n", onTrain.End)
		fmt.Printf("start model, held-out folds: %v\n", onHeld.Start)
		fmt.Printf("start model, its training folds: %v\n", onTrain.Start)
		fmt.Printf("statement model (drops below %g), held-out folds: ", keepMin)
		onHeld.WriteKeepCurve(os.Stdout, -4, 4, 1)
		fmt.Printf("statement model, its training folds: ")
		onTrain.WriteKeepCurve(os.Stdout, -4, 4, 1)
	}
	if agree {
		return agreement(dir, exs, paths, held)
	}
	return nil
}

// load reads every article of a PolNeAR split with its annotations (the
// first annotator's file by name), in name order.
func load(dir string) ([]extract.Example, []string, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, nil, err
	}
	if len(texts) == 0 {
		return nil, nil, fmt.Errorf("no texts in %s", filepath.Join(dir, "text"))
	}
	sort.Strings(texts)
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(anns)
	first := map[string]string{}
	for _, a := range anns {
		base := filepath.Base(a)
		name := base[:strings.LastIndex(base, "_")]
		if _, ok := first[name]; !ok {
			first[name] = a
		}
	}
	var exs []extract.Example
	var paths []string
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		a, ok := first[name]
		if !ok {
			continue
		}
		c, err := clip.ReadFile(t, clip.Options{})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", t, err)
		}
		gold, err := readAnn(a, c.Text)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", a, err)
		}
		exs = append(exs, extract.Example{Name: name, Clip: c, Gold: gold})
		paths = append(paths, t)
	}
	return exs, paths, nil
}

// readAnn reads a brat standoff file: T lines are spans in characters
// (code points), E lines tie Source, Cue and Content spans together. Spans
// come back as byte offsets into text.
func readAnn(path, text string) ([]extract.Attribution, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// byte offset of every character offset
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	nChars := utf8.RuneCountInString(text)
	spans := map[string][]digest.Span{}
	var out []extract.Attribution
	for _, line := range strings.Split(string(data), "\n") {
		p := strings.Split(line, "\t")
		if len(p) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(p[0], "T"):
			kind, rng, ok := strings.Cut(p[1], " ")
			if !ok {
				return nil, fmt.Errorf("bad span line %q", line)
			}
			_ = kind
			var sps []digest.Span
			for _, fr := range strings.Split(rng, ";") {
				f := strings.Fields(fr)
				if len(f) != 2 {
					return nil, fmt.Errorf("bad range %q", fr)
				}
				a, err1 := strconv.Atoi(f[0])
				b, err2 := strconv.Atoi(f[1])
				if err1 != nil || err2 != nil || a < 0 || b < a || b > nChars {
					return nil, fmt.Errorf("bad range %q", fr)
				}
				sps = append(sps, digest.Span{byteAt[a], byteAt[b]})
			}
			spans[p[0]] = sps
		case strings.HasPrefix(p[0], "E"):
			var at extract.Attribution
			for _, part := range strings.Fields(p[1]) {
				role, id, ok := strings.Cut(part, ":")
				if !ok {
					continue
				}
				role = strings.TrimRight(role, "0123456789")
				switch role {
				case "Source":
					at.Source = append(at.Source, spans[id]...)
				case "Content":
					at.Content = append(at.Content, spans[id]...)
				case "Cue":
					for _, sp := range spans[id] {
						at.Cue = strings.TrimSpace(at.Cue + " " + text[sp[0]:sp[1]])
					}
				}
			}
			if len(at.Content) > 0 {
				out = append(out, at)
			}
		}
	}
	return out, nil
}

// cuesPath is cues.txt beside the weights.
func cuesPath(out string) string {
	return filepath.Join(filepath.Dir(out), "cues.txt")
}

// agreement prints, for the articles of dir that several annotators
// annotated, how many of the other annotators' content parts that overlap
// one of annotator 1's (the one training and the measures read) are exactly
// one of annotator 1's, and the same for held's statements (nil: none) on
// those articles and on all of them. Exact as exact-eval reads it:
// extract.ExactSpan of each side.
func agreement(dir string, exs []extract.Example, paths []string, held [][]digest.Statement) error {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return err
	}
	sort.Strings(anns)
	byName := map[string][]string{}
	for _, a := range anns {
		base := filepath.Base(a)
		name := base[:strings.LastIndex(base, "_")]
		byName[name] = append(byName[name], a)
	}
	type tally struct{ n, exact int }
	var people, heldMulti, heldAll tally
	articles := 0
	for i, ex := range exs {
		t := ex.Clip.Text
		ref := exactParts(t, ex.Gold)
		match := func(sp digest.Span, tl *tally) {
			sp = extract.ExactSpan(t, sp)
			over := false
			for _, r := range ref {
				if r == sp {
					tl.n++
					tl.exact++
					return
				}
				over = over || sp[0] < r[1] && r[0] < sp[1]
			}
			if over {
				tl.n++
			}
		}
		files := byName[ex.Name]
		if held != nil {
			for _, st := range held[i] {
				match(st.ContentSpan, &heldAll)
				if len(files) > 1 {
					match(st.ContentSpan, &heldMulti)
				}
			}
		}
		if len(files) < 2 {
			continue
		}
		articles++
		for _, a := range files[1:] {
			other, err := readAnn(a, t)
			if err != nil {
				return fmt.Errorf("%s: %w", a, err)
			}
			for _, g := range other {
				for _, fr := range g.Content {
					match(fr, &people)
				}
			}
		}
	}
	share := func(tl tally) string {
		return fmt.Sprintf("%d of %d (%.3f)", tl.exact, tl.n, float64(tl.exact)/float64(max(1, tl.n)))
	}
	fmt.Printf("%d articles with several annotators: the other annotators' content parts overlapping annotator 1's that are exactly one of them: %s\n", articles, share(people))
	if held != nil {
		fmt.Printf("held-out statements overlapping annotator 1's contents that are exactly one: %s on those articles, %s on all\n", share(heldMulti), share(heldAll))
	}
	return nil
}

// exactParts returns every content part of gold as extract.ExactSpan reads it.
func exactParts(t string, gold []extract.Attribution) []digest.Span {
	var out []digest.Span
	for _, g := range gold {
		for _, fr := range g.Content {
			out = append(out, extract.ExactSpan(t, fr))
		}
	}
	return out
}
