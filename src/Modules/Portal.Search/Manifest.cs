using Portal.Core.Modules;

[assembly: Module(
    Name = "Søgning",
    Description = "Fritekstsøgning på dansk i alt, hvad modulerne udgiver, også teksten i vedhæftede PDF- og Word-filer. Man finder kun det, man må læse. Hver server har sit eget indeks, som holdes ajour fra databasen.",
    Dependencies = ["Portal.Contents"])]
