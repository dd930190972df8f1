// The writer's own voice. Outside a quotation, "I", "me", "we" and "us"
// are the one who wrote the clipping: a columnist's "I think the senator
// is wrong", a reporter's "So I asked him then, ...", a memoir's "“Your
// Honor,” I said", a paper's "We asked our followers ...". The person
// named last is not who they stand for. Their speaker is the clipping's
// byline when it has one (front matter's author, "By Ann Lee"); without
// one it is "the writer", vague as "officials" is: never the person named
// last.
//
// Two places keep the first person someone else's: a turn of a printed
// interview or a transcript ("A: I said when I announced ...", the
// paragraphs of an answer after its label; "SANDERS: I think ..."), and
// words a statement reports as someone's ("Wallnau wrote:" and the
// paragraph it leads in, where "I think this prayer timely" is Wallnau's).

package extract

// firstPersonPron reports whether a pronoun is the first person's: "i", "me",
// "we", "us".
func firstPersonPron(p string) bool {
	switch p {
	case "i", "me", "we", "us":
		return true
	}
	return false
}

// writerVoice reports whether raw i's speaker is a first-person pronoun
// the writer speaks with. When the pronoun is someone else's, k is the
// earlier statement whose speaker it is: the turn it stands in, or the
// statement whose words hold it (a block quotation it leads in); else -1.
func (x *extractor) writerVoice(i int) (writer bool, k int) {
	r := &x.raws[i]
	m := r.speaker
	if m.kind != mPronoun || m.ante != nil || len(m.members) > 0 || !firstPersonPron(m.pron) || r.turn {
		return false, -1
	}
	if k := x.inTurn(r.block); k >= 0 {
		return false, k // "A: ... Hale said the state would pay. I said ...": the one answering, not Hale
	}
	if k := x.reportedIn(i); k >= 0 {
		return false, k
	}
	return true, -1
}

// inTurn returns the statement of the turn block b is part of, when the
// extractor read one there (a transcript's "SANDERS: ..." or an
// interview's "A: ..."): the block opens with that turn's label, or
// follows it across at most maxTurnGap unlabelled blocks. -1 for none.
func (x *extractor) inTurn(b int) int {
	if b < 0 || b >= len(x.labels) {
		return -1
	}
	k := b
	if x.labels[b].label == "" {
		if k = x.nearLabel(b, -1); k < 0 {
			return -1
		}
	}
	for j := range x.raws {
		if x.raws[j].turn && x.raws[j].block == k {
			return j
		}
	}
	return -1
}

// reportedIn returns the statement before raw i whose content holds raw
// i's speaker mention, or whose content opens the paragraph after its cue
// ("Wells wrote:") that holds the mention: that paragraph is a block
// quotation, all of it the statement's speaker's words. -1 for none.
func (x *extractor) reportedIn(i int) int {
	at := x.raws[i].speaker.span[0]
	var para [2]int
	if b := x.raws[i].block; b >= 0 && b < len(x.labels) {
		para = x.labels[b].span
	}
	for k := i - 1; k >= 0; k-- {
		r := &x.raws[k] // one the statement model dropped too: its words are still reported as someone's
		if r.content[0] <= at && at < r.content[1] || r.later && para[0] <= r.content[0] && r.content[0] < at {
			return k
		}
	}
	return -1
}

// writer returns the speaker the writer's first person resolves to: the
// byline's author or the tagline's, else "the writer", a vague speaker
// as "officials" is: the line is the writer's, whose name the clipping
// does not give.
func (x *extractor) writer() resolved {
	if name := x.writerName(); name != "" { // writer_byline.go
		return resolved{name: name, writer: true}
	}
	return resolved{name: "the writer", writer: true, vague: true}
}
