/** Finnish strings of privacy: my data, the audit log, erasure and the two statements, under `privacy`. */
export const privacyFi = {
  myData: {
    title: 'Omat tietoni',
    lead: 'Lataa kaikki sinusta tallennetut tiedot yhtenä JSON-tiedostona: profiilit, parit, tapaamiset, omat muistiinpanosi, omat kyselyvastauksesi ja loki siitä, kuka on käsitellyt tietojasi.',
    download: 'Lataa tietoni (JSON)',
    downloading: 'Ladataan…',
    done: 'Tiedosto on ladattu.',
    failed: 'Tietojen lataus ei onnistunut. Yritä uudelleen.',
  },
  audit: {
    title: 'Henkilötietojen käsittelyloki',
    lead: 'Kuka on lukenut tai muuttanut kenen profiilia, tapaamiskirjauksia, kyselytuloksia tai tietojen latauksia, ja milloin.',
    forbidden: 'Vain ylläpitäjät näkevät käsittelylokin.',
    search: 'Etsi henkilö',
    searchHint: 'Nimi tai sähköposti, vähintään kaksi merkkiä.',
    noMatches: 'Ei osumia.',
    choose: 'Näytä henkilön loki: {{name}}',
    showing: 'Näytetään henkilön {{name}} tiedot.',
    showAll: 'Näytä kaikki',
    caption: 'Lokimerkinnät, uusin ensin',
    empty: 'Ei lokimerkintöjä.',
    at: 'Aika',
    actor: 'Tekijä',
    action: 'Tapahtuma',
    subject: 'Kenen tiedot',
    system: 'Järjestelmä',
    unknownPerson: 'Poistettu henkilö',
    actions: {
      profile_read: 'Luki profiilin',
      session_read: 'Luki parin tapaamiset',
      session_create: 'Kirjasi tapaamisen',
      session_update: 'Muutti tapaamiskirjausta',
      survey_results_read: 'Luki kyselyn tulokset',
      survey_results_export: 'Latasi kyselyn tulokset',
      report_export: 'Latasi tunnuslukuraportin',
      my_data_export: 'Latasi omat tietonsa',
      user_erase: 'Poisti henkilön tiedot',
      retention_purge: 'Säilytysajan päättyessä poistetut tekstit',
    },
  },
  erase: {
    button: 'Poista henkilön tiedot…',
    title: 'Poistetaanko henkilön {{name}} tiedot pysyvästi?',
    consequences:
      'Tätä ei voi perua. Henkilön tili muuttuu nimettömäksi ("Poistettu käyttäjä") eikä sillä voi enää kirjautua. Profiilit, toiveet, saatavuus, kalenterilinkit, kutsut ja hänen kirjoittamansa tekstit (tapaamiskirjaukset, muistiinpanot, pohdinnat, tavoitteet) poistetaan. Käynnissä olevat parit päättyvät ja tulevat tapaamiset perutaan.',
    kept: 'Tilastot säilyvät: pidetyt tapaamiset, osallistumiset ja kyselyjen nimettömät vastaukset lasketaan edelleen, mutta ilman henkilön tietoja. Lokiin jää merkintä poistosta.',
    confirm: 'Poista pysyvästi',
    cancel: 'Peruuta',
    done: 'Henkilön tiedot on poistettu.',
    erased: 'Poistettu',
    errors: {
      already_erased: 'Henkilön tiedot on jo poistettu.',
      cannot_erase_self: 'Et voi poistaa omia tietojasi tällä toiminnolla.',
      generic: 'Poisto ei onnistunut. Yritä uudelleen.',
    },
  },
  retention: {
    label: 'Tekstien säilytysaika (kuukautta ohjelman päättymisestä)',
    hint: 'Tämän jälkeen tapaamiskirjausten tekstit, pohdinnat, tavoitteiden tekstit ja kyselyjen avoimet vastaukset poistetaan automaattisesti. Tyhjä: säilytetään.',
    range: 'Anna 1–240 kuukautta tai jätä tyhjäksi.',
  },
  notice: {
    title: 'Tietosuojaseloste',
    updated: 'Päivitetty 28.11.2026.',
    controllerTitle: 'Rekisterinpitäjä',
    controller:
      'Rekisterinpitäjä on mentorointiohjelmaa järjestävä organisaatio. Ohjelman koordinaattori kertoo sinulle organisaation yhteystiedot ohjelman alussa.',
    dataTitle: 'Mitä tietoja käsittelemme',
    data: 'Nimi, sähköpostiosoite ja kieli; rooli ohjelmassa; profiili (esittely, toimialat, aiheet, kielet, kunta, tapaamistavat, tavoitteet); mentoritoiveet ja parit; saatavuus ja tapaamisvaraukset; tapaamiskirjaukset, tehtävät, tavoitteet ja arviot; tilaisuuksiin ilmoittautumiset ja osallistumiset; kyselyvastaukset; kirjautumistiedot (salasana tallennetaan vain tiivisteenä).',
    purposeTitle: 'Käyttötarkoitus ja peruste',
    purpose:
      'Tietoja käytetään mentorointiohjelman järjestämiseen: parien muodostamiseen, tapaamisten sopimiseen, edistymisen seurantaan ja rahoittajalle raportoitaviin tilastoihin. Käsittelyn peruste on ohjelmaan osallistuminen (sopimus) ja ohjelman järjestäjän oikeutettu etu raportoida rahoittajalle nimettömiä lukuja.',
    visibilityTitle: 'Kuka näkee mitä',
    visibility:
      'Mentori näkee vain omien aktoriensa tiedot ja aktori omansa. Mentorin yksityinen muistiinpano näkyy vain sen kirjoittajalle. Koordinaattori näkee, että tapaaminen on pidetty, mutta ei sen tekstejä. Kyselyjen tulokset näytetään vain koosteina, eikä vastaajaa voi tunnistaa.',
    retentionTitle: 'Säilytysaika',
    retention:
      'Tapaamisten tekstit, pohdinnat, tavoitteiden tekstit ja kyselyjen avoimet vastaukset poistetaan automaattisesti ohjelmakohtaisen säilytysajan jälkeen (oletuksena 24 kuukautta ohjelman päättymisestä). Tilastoluvut säilyvät.',
    auditTitle: 'Käsittelyloki',
    audit:
      'Kun joku muu kuin sinä lukee tai muuttaa profiiliasi, tapaamiskirjauksiasi tai kyselytuloksia, siitä jää merkintä lokiin, jonka ylläpitäjät näkevät. Lokiin ei tallenneta salasanoja, tunnisteita eikä tekstien sisältöä.',
    rightsTitle: 'Oikeutesi',
    rights:
      'Voit ladata kaikki tietosi Profiili-sivulta ("Omat tietoni"), korjata tietojasi profiilissa ja pyytää tietojesi poistamista. Ylläpitäjä poistaa henkilön tiedot pyynnöstä; tilastot säilyvät nimettöminä. Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
    contactTitle: 'Yhteystiedot ja palaute',
    contact: 'Tietosuojaa koskevat kysymykset ja pyynnöt:',
  },
  accessibility: {
    title: 'Saavutettavuusseloste',
    updated: 'Seloste on laadittu 28.11.2026. Arvio on tehty itse.',
    scopeTitle: 'Palvelun saavutettavuus',
    scope:
      'Tavoitteemme on, että palvelu täyttää WCAG 2.1 -ohjeiden AA-tason vaatimukset. Palvelu täyttää vaatimukset osittain.',
    methodTitle: 'Miten saavutettavuutta on arvioitu',
    method:
      'Sivut tarkistetaan automaattisesti (axe) jokaisessa julkaisussa, ja niitä testataan näppäimistöllä ja ruudunlukijalla. Ulkopuolista arviointia ei ole vielä tehty.',
    gapsTitle: 'Tunnetut puutteet',
    gapCharts:
      'Raporttien kaaviot eivät yksinään välitä tietoa ruudunlukijalle; samat luvut ovat kaavion vieressä taulukkona.',
    gapEmails:
      'Sähköposti-ilmoitukset ja kalenterikutsut ovat pelkkää tekstiä, eikä niiden esitystapaa ole testattu kaikilla sähköpostiohjelmilla.',
    gapMessages: 'Osa palvelimen harvinaisista virheilmoituksista näytetään vain englanniksi.',
    gapAudit:
      'Koko palvelua ei ole vielä arvioitu ulkopuolisen asiantuntijan toimesta, joten kaikkia puutteita ei välttämättä tunneta.',
    feedbackTitle: 'Palaute',
    feedback: 'Huomasitko puutteen? Kerro siitä meille, niin korjaamme sen. Vastaamme 14 päivän kuluessa.',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement:
      'Jos et ole tyytyväinen vastaukseemme tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Ohjeet: saavutettavuusvaatimukset.fi.',
  },
  contactLabel: 'Sähköposti',
};
