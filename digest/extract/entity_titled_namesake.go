package extract

import "strings"

// "Jeb Bush ... his older brother, George W. Bush ... President Bush's
// record": a title before a bare surname the clipping gives several
// people is no sign of which one it names unless one of them already
// holds that role. Joined to the first of them, it gave Jeb Bush the
// presidency, and "the former president" went to him. Such a mention
// names someone of its own, the one the title says, until the
// clipping tells more.

// titledNamesake returns the entity the titled bare surname of a mention
// names, given id, the one the surname alone names (find): among the
// people of that surname, the one whose roles hold a role of the title;
// -1 (someone new) when several people bear the surname and none or more
// than one holds it; id when one person bears it.
func (es *entities) titledNamesake(id int, surname, title string) int {
	ids := es.byLast[surname]
	if len(ids) < 2 {
		return id
	}
	return es.titledAmong(ids, title)
}

// titledAmong returns, among the namesakes ids, the only one that holds a
// role the title names ("Gov. Lind" said, beside a governor and his
// cousin of that name); -1 when none or several do.
func (es *entities) titledAmong(ids []int, title string) int {
	found := -1
	for _, c := range ids {
		if es.holdsRoleOf(c, title) {
			if found >= 0 {
				return -1
			}
			found = c
		}
	}
	return found
}

// holdsRoleOf reports whether entity id holds a role the title names.
func (es *entities) holdsRoleOf(id int, title string) bool {
	var buf [64]byte
	for w := range strings.FieldsSeq(title) {
		lw := strings.TrimSuffix(lowerASCII(stripPossessive(w)), ".")
		if look(lw, &buf).f&fRole != 0 && contains(es.list[id].roles, roleKey(lw)) {
			return true
		}
	}
	return false
}
