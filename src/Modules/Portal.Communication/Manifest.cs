using Portal.Core.Modules;

[assembly: Module(
    Name = "Kommunikation",
    Description = "De gode historier om at arbejde i kommunen (historier med billeder, områder, lister, delingstekster, et Atom-feed og historieudkast fra MED-møders punkt Kommunikation fra mødet) og kommunikationsstrategien med kanalplan.",
    Dependencies = ["Portal.Contents", "Portal.Media", "Portal.Med", "Portal.Recommendations"])]
