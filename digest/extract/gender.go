package extract

import "strings"

//go:generate go run ./internal/gendergen -o gender_names.go ../../../shared/polnear/train

// firstNames maps a lower-case first name to the sex the PolNeAR train
// articles give it (see internal/gendergen): learned from courtesy titles
// and from the pronouns that follow a full name, not typed by hand.
var firstNames = func() map[string]sex {
	m := make(map[string]sex, 256)
	for _, n := range strings.Fields(maleNames) {
		m[n] = male
	}
	for _, n := range strings.Fields(femaleNames) {
		m[n] = female
	}
	return m
}()

// nameSex returns the sex a first name says, or unknownSex.
func nameSex(first string) sex {
	if len(first) < 2 || len(first) > 20 {
		return unknownSex
	}
	var lb [32]byte
	return firstNames[string(lowerInto(&lb, first))]
}

// firstNameSex returns the sex the first word of a full name gives, unless
// the name is written family name first, as Korean names are: a given name
// of two syllables joined by a hyphen, the second in lower case ("Lee
// Jae-myung", "Moon Jae-in"), follows a family name that is no first name
// ("Lee" is a woman's first name in the train articles, and Lee Jae-myung
// a man).
func firstNameSex(words []string) sex {
	if len(words) == 2 && givenHyphenated(words[1]) {
		return unknownSex
	}
	return nameSex(words[0])
}

// givenHyphenated reports whether w is a romanised given name of two
// syllables, the second in lower case after a hyphen: "Jae-myung", "Jong-un".
func givenHyphenated(w string) bool {
	i := strings.IndexByte(w, '-')
	return i >= 2 && i+2 < len(w) && 'A' <= w[0] && w[0] <= 'Z' && 'a' <= w[i+1] && w[i+1] <= 'z' && !strings.Contains(w[i+1:], "-")
}

// knownFirstName reports whether w is a first name the train articles
// give a sex to.
func knownFirstName(w string) bool { return nameSex(w) != unknownSex }
