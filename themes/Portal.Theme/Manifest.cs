using Portal.Core.Modules;

[assembly: Module(Name = "Medarbejdertema", Description = "Det tema, medarbejderne ser portalen i. Bygget på Det Fælles Designsystem.", IsTheme = true)]
