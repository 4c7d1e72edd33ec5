using Portal.Core.Modules;

[assembly: Module(
    Name = "Kommunikation",
    Description = "De gode historier om at arbejde i kommunen (historier med billeder, områder, lister, delingstekster og et Atom-feed) og kommunikationsstrategien med kanalplan.",
    Dependencies = ["Portal.Contents", "Portal.Media", "Portal.Recommendations"])]
