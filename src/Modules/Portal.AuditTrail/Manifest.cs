using Portal.Core.Modules;

[assembly: Module(
    Name = "Historik",
    Description = "En historik, der kun kan tilføjes til: ændringer af indhold (hvem, hvornår, hvilken version og hvilke felter), udgivelser, arbejdsgangenes trin og beslutninger, logins, brugere, roller og rettigheder samt udvalgenes medlemmer. Fanen \"Historik\" på hvert indhold og en oversigt med filtre og CSV-udtræk.",
    Dependencies = ["Portal.Contents"])]
