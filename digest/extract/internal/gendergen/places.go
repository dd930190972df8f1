package main

import (
	"sort"
	"strings"
)

// placePreps are the prepositions after which a run of capitals names a
// place ("in Iowa", "across South Carolina"); "from", "to" and "at" also
// take people ("a letter from Clinton") and do not count.
var placePreps = map[string]bool{"in": true, "across": true, "throughout": true, "near": true, "outside": true}

// speechVerbs after a run of capitals make it a speaker.
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true,
	"tweeted": true, "argued": true, "asked": true, "insisted": true, "explained": true}

// run is a maximal run of capitals inside a sentence: words [i, j).
type run struct{ i, j int }

// runs returns an article's runs of capitalised words, sentence starts and
// runs opening with a courtesy title left out.
func runs(d []word) []run {
	var out []run
	for i := 0; i < len(d); {
		if !d[i].cap || d[i].stop {
			i++
			continue
		}
		j := i + 1
		for j < len(d) && d[j].cap && !d[j].stop && !d[j].comma && !possessive(d[j-1].w) {
			j++
		}
		if !d[i].start && !isHonorific(d[i].w) && j-i <= 3 {
			out = append(out, run{i, j})
		}
		i = j
	}
	return out
}

func (r run) key(d []word) string {
	ws := make([]string, 0, r.j-r.i)
	for _, w := range d[r.i:r.j] {
		ws = append(ws, strings.ToLower(surname(w.w)))
	}
	return strings.Join(ws, " ")
}

// placeNames returns the runs of capitals (lower case) that the articles
// write as places: at least four times after a place preposition or after
// another place and a comma ("in Salem, New Hampshire"), at least one use
// in four so, fewer than one in ten of those as a speaker before a verb of
// saying, and fewer than one use in five after "the" (institutions: "the
// Senate", "the House"). Runs opening with a first name are people's and
// are skipped.
func placeNames(docs [][]word, first map[string]bool) []string {
	type count struct{ all, place, speech, the int }
	counts := map[string]*count{}
	for _, d := range docs {
		rs := runs(d)
		placeAt := map[int]bool{} // run start -> read as a place
		for k, r := range rs {
			key := r.key(d)
			c := counts[key]
			if c == nil {
				c = &count{}
				counts[key] = c
			}
			c.all++
			if r.i > 0 && d[r.i-1].w == "the" {
				c.the++
			}
			last := d[r.j-1].w
			if possessive(last) {
				continue
			}
			p := r.i - 1
			if p > 0 && d[p].w == "the" {
				p-- // "in the United States"
			}
			if p >= 0 && !d[p].cap && !d[p].stop && placePreps[strings.ToLower(d[p].w)] {
				c.place++
				placeAt[r.i] = true
			} else if k > 0 && d[r.i].comma && rs[k-1].j == r.i && placeAt[rs[k-1].i] {
				c.place++
				placeAt[r.i] = true
			}
			if r.j < len(d) && speechVerbs[strings.ToLower(d[r.j].w)] {
				c.speech++
			}
		}
	}
	var out []string
	for k, c := range counts {
		if first[strings.Fields(k)[0]] {
			continue
		}
		if c.place >= 4 && c.place*4 >= c.all && c.speech*10 < c.place && c.the*5 < c.all {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// theNames returns the single capitalised words that the articles write
// after a capitalised "The" in mid-sentence at least three times and at
// least half of their uses: names that keep their article ("The Hill").
func theNames(docs [][]word) []string {
	all, the := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, r := range runs(d) {
			if r.j-r.i == 2 && d[r.i].w == "The" {
				the[strings.ToLower(surname(d[r.i+1].w))]++
			}
			if r.j-r.i == 1 {
				all[strings.ToLower(surname(d[r.i].w))]++
			}
		}
	}
	var out []string
	for k, n := range the {
		if n >= 3 && n*2 >= n+all[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
