package extract

import "strings"

// "Britain's finance minister said on Tuesday ... The minister said the
// budget would stay balanced": a definite role with no holder named in
// the clipping stands for the speaker the clipping last described with a
// fuller phrase of that role, as "the company" stands for a company named
// before (resolve_desc.go).

// sameRoleBefore returns the statement before i whose unnamed speaker the
// definite role mention m ("the minister") stands for: the latest whose
// speaker phrase has the same role and more words, in the same paragraph
// or the one before.
func (x *extractor) sameRoleBefore(i int, m mention, res []resolved) (int, bool) {
	if m.kind != mRole || m.role == "" || m.span[1] <= m.span[0] || m.span[1] > len(x.t) {
		return 0, false
	}
	phrase := x.t[m.span[0]:m.span[1]]
	if !strings.HasPrefix(phrase, "the ") && !strings.HasPrefix(phrase, "The ") || strings.Count(phrase, " ") != 1 {
		return 0, false // "the minister" only: a fuller phrase says more of its own
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		p := &x.raws[k]
		if p.block < x.raws[i].block-1 {
			break
		}
		pm := p.speaker
		if pm.role != m.role || pm.kind != mRole && pm.kind != mNoun || res[k].ent > 0 || res[k].name == "" || len(res[k].members) > 0 {
			continue
		}
		if strings.Count(pm.text, " ") >= 1 {
			return k, true
		}
	}
	return 0, false
}
