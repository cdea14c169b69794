import pytest

from rules_core import UnknownCountry, country_name, resolve_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ES", "ES"),
        ("esp", "ES"),
        ("Spain", "ES"),
        ("Espagne", "ES"),
        ("Spanje", "ES"),
        ("Spagna", "ES"),
        ("Francia", "FR"),
        ("germany", "DE"),
        ("Allemagne", "DE"),
        ("Duitsland", "DE"),
        ("Germania", "DE"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("turkiye", "TR"),
        ("Turquie", "TR"),
        ("Turkije", "TR"),
        ("Turchia", "TR"),
        ("FYROM", "MK"),
        ("former Yugoslav Republic of Macedonia", "MK"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("Macédoine du Nord", "MK"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Royaume-Uni", "GB"),
        ("Regno Unito", "GB"),
        ("Holland", "NL"),
        ("Pays-Bas", "NL"),
        ("Czech Republic", "CZ"),
        ("Tchéquie", "CZ"),
        ("Kosovo", "XK"),
        ("USA", "US"),
        ("United States", "US"),
        ("  ITALIA ", "IT"),
        ("Belgique", "BE"),
        ("België", "BE"),
        ("Grèce", "GR"),
        ("Côte d'Ivoire", "CI"),
    ],
)
def test_resolve_country(text: str, code: str) -> None:
    assert resolve_country(text) == code


def test_unknown_country_has_three_suggestions() -> None:
    with pytest.raises(UnknownCountry) as info:
        resolve_country("Spian")
    assert len(info.value.suggestions) == 3
    assert "Spain" in info.value.suggestions
    assert "Spain" in str(info.value)


def test_unknown_country_is_invalid_profile() -> None:
    from rules_core import InvalidProfile

    assert issubclass(UnknownCountry, InvalidProfile)


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("DE", "en", "Germany"),
        ("DE", "fr", "Allemagne"),
        ("DE", "nl", "Duitsland"),
        ("DE", "it", "Germania"),
        ("XK", "fr", "Kosovo"),
        ("GB", "it", "Regno Unito"),
        ("NL", "fr", "Pays-Bas"),
    ],
)
def test_country_name(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Netherlands", "NL"),
        ("les Pays-Bas", "NL"),
        ("il Belgio", "BE"),
        ("The Gambia", "GM"),
        ("Democratic Republic of the Congo", "CD"),
        ("DR Congo", "CD"),
        ("DRC", "CD"),
        ("RDC", "CD"),
        ("Republic of Ireland", "IE"),
        ("Bosnia", "BA"),
        ("Czech Rep.", "CZ"),
    ],
)
def test_everyday_names_and_leading_articles(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["the", "Atlantis", "the Atlantis"])
def test_articles_alone_do_not_resolve(text: str) -> None:
    with pytest.raises(UnknownCountry):
        resolve_country(text)
