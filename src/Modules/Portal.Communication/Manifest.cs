using Portal.Core.Modules;

[assembly: Module(
    Name = "Kommunikation",
    Description = "De gode historier om at arbejde i kommunen: historier med billeder, områder og lister, og historieudkast fra MED-møders punkt Kommunikation fra mødet.",
    Dependencies = ["Portal.Contents", "Portal.Media", "Portal.Med"])]
