using Portal.Core.Modules;

[assembly: Module(
    Name = "Indhold",
    Description = "Generel administration af alt listbart indhold: liste, opret, rediger, forhåndsvis, udgiv, versioner og gendan. Giver siden (Page) og felter, der kan tilføjes i drift.")]
