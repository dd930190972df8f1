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

// knownFirstName reports whether w is a first name the train articles
// give a sex to.
func knownFirstName(w string) bool { return nameSex(w) != unknownSex }
