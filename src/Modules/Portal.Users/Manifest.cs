using Portal.Core.Modules;

[assembly: Module(
    Name = "Brugere",
    Description = "Log ind, brugere, roller og rettigheder samt opsætning af portalen første gang.",
    Dependencies = [])]
