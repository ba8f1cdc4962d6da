/** Danish texts for a knowledge owner sending a document to the bot (Danish-only workflow, like updates). */
export const knowledgeUpload = {
  preview: {
    title: 'Nyt dokument til videnbasen',
    intro: 'Sådan ser dokumentet ud for botten. Intet er gemt endnu.',
    fileName: 'Fil',
    documentTitle: 'Titel',
    sections: 'Afsnit',
    action: 'Handling',
    adds: 'Tilføjes som nyt dokument',
    replaces: 'Erstatter dokumentet med samme navn',
    confirm: 'Tilføj til videnbasen',
  },
  saved: (title: string, replaced: boolean) =>
    replaced
      ? `Dokumentet "${title}" er erstattet i videnbasen og kan bruges i svar nu.`
      : `Dokumentet "${title}" er tilføjet til videnbasen og kan bruges i svar nu.`,
  refused: {
    notOwner: 'Kun videnansvarlige kan tilføje dokumenter til videnbasen. Intet er gemt.',
    notPersonal: 'Dokumenter til videnbasen modtages kun i en privat chat med botten. Intet er gemt.',
    badName:
      'Filnavnet kan ikke bruges. Giv filen et enkelt navn uden mapper og specialtegn, og send den igen.',
    extension: 'Botten kan kun tilføje PDF-, Word- (.docx), Markdown- og tekstfiler. Intet er gemt.',
    tooLarge: 'Filen er større end 20 MB og kan ikke tilføjes. Intet er gemt.',
    downloadFailed: 'Filen kunne ikke hentes fra Teams. Prøv at sende den igen. Intet er gemt.',
    unreadable: 'Filen kunne ikke læses (den kan være beskadiget eller uden tekst). Intet er gemt.',
    cpr: 'Dokumentet indeholder et CPR-nummer og kan ikke tilføjes. Fjern nummeret, og send filen igen. Intet er gemt.',
    expired: 'Forhåndsvisningen er udløbet. Send filen igen. Intet er gemt.',
  },
  oneFileAtATime: 'Send ét dokument ad gangen.',
};
