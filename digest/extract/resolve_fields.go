package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// speakerFields fills a statement's speaker list, vague and unsure marks,
// and, on the speaker's first statement (seen records the names done), the
// other forms the clipping gives the speaker, for the store's aliases.
func (x *extractor) speakerFields(r *resolved, st *digest.Statement, seen map[string]bool) {
	st.Speakers = r.members
	st.SpeakerUnsure = r.unsure
	st.SpeakerVague = len(r.members) == 0 && (r.vague || strings.IndexFunc(r.name, unicode.IsUpper) < 0)
	if seen[r.name] || r.ent <= 0 || r.ent > len(x.ents.list) {
		return
	}
	seen[r.name] = true
	e := &x.ents.list[r.ent-1]
	var aliases []string
	for i := -1; i < len(e.forms); i++ { // the name, then its forms
		f := e.name
		if i >= 0 {
			f = e.forms[i]
		}
		if f != r.name && !slices.Contains(aliases, f) {
			if aliases == nil {
				aliases = make([]string, 0, len(e.forms)+1)
			}
			aliases = append(aliases, f)
		}
	}
	st.SpeakerAliases = aliases
}
