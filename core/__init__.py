"""Ground floor: typed values, text normalisation, settings, errors and the Vietnamese lexicon. Imports nothing of ours."""
