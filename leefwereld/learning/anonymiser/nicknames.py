"""Dutch roepnamen of formal first names: a file says "Cornelis", the notes say "Kees"."""

_TABLE = """
Johannes: Hans, Jan, Hannes, Johan, Joop, Jo
Johanna: Joke, Jo, Anneke, Hanneke, Hanna, Jannie, Annie
Cornelis: Kees, Cor, Cees, Niels
Cornelia: Corrie, Cor, Nel, Neeltje, Conny
Hendrik: Henk, Rik, Hein, Henny, Henri
Hendrika: Riek, Rikie, Henny, Dini, Riet
Wilhelmina: Willie, Mien, Wil, Mientje, Mina, Willy
Wilhelmus: Wim, Willem, Pim, Wil
Petronella: Nel, Nelleke, Nellie, Ella, Pietje
Petrus: Piet, Peter, Peer
Elisabeth: Lies, Els, Bep, Betty, Lisa, Liesbeth, Elise, Sabeth
Margaretha: Greet, Margriet, Grietje, Greetje, Marga, Margo
Catharina: Toos, Tineke, Ina, Trijntje, Karin, Rina, Katja
Jacobus: Koos, Jaap, Sjaak, Jack, Co
Jacoba: Coby, Co, Koosje, Bea
Gerardus: Gerard, Gert, Sjra, Gerrit, Gerrie
Antonius: Toon, Ton, Tonnie, Anton, Teun
Theodorus: Theo, Dorus, Ted
Adrianus: Ad, Adrie, Janus, Arie, Adriaan
Franciscus: Frans, Cis, Frank, Sjef
Josephus: Jos, Sjef, Joep, Joost
Maria: Mieke, Marieke, Ria, Mia, Marie, Mies, Maaike
Wouter: Wout
Anna: Anneke, Ans, Anja, Annie, Anne
Susanne: Suus, Sanne, Suzan, Suzy
Sandra: Sanne, San, Sandy
Alexander: Sander, Alex, Lex
Alexandra: Sandra, Alex, Lexie
Nicolaas: Klaas, Nico, Niek, Claas
Sebastiaan: Bas, Sebas
Christiaan: Chris, Christian
Christina: Chris, Stien, Tina, Stientje
Robert: Rob, Robbie, Bert, Bob
Albertus: Bert, Ab, Appie
Lambertus: Bert, Bart
Bartholomeus: Bart, Mees
Abraham: Bram, Ab, Appie
Geertruida: Truus, Trudy, Geertje, Trui
Aleida: Leida, Lida
Jozef: Jos, Sjef, Joop
Dirk: Dik, Dick, Dirkje
Gerrit: Gert, Gerrie
Thomas: Tom, Tommie, Tommy
Maximiliaan: Max
Benjamin: Ben, Benjie
Samuel: Sam, Sammie
Mohammed: Mo, Momo, Moh, Mohamed, Muhammed
Ahmed: Ahmet
Fatima: Fatma, Fati
Katharina: Karin, Kathy, Katja, Rina
Hermanus: Herman, Manus
Aart: Aad
Pieter: Piet, Peter
Gijsbertus: Gijs, Bert
Jeroen: Jer
Daniël: Daan, Dani, Danny
Matthias: Thijs, Mathijs, Tijs
Mattheus: Thijs, Teus
Marinus: Rinus, Marijn
Jan: Jantje, Janneman
Willem: Wim, Pim
"""


def _parse():
    table: dict[str, set[str]] = {}
    for line in _TABLE.strip().splitlines():
        formal, names = line.split(":")
        group = {formal.strip(), *(n.strip() for n in names.split(","))}
        for name in group:
            table.setdefault(name.lower(), set()).update(group)
    return table


NICKNAMES = _parse()


def variants(given_name: str) -> set[str]:
    """The roepnamen of a first name, and the formal names of a roepnaam, the name itself included."""
    return NICKNAMES.get(given_name.lower(), set()) | {given_name}
