using Portal.Core.Modules;

[assembly: Module(
    Name = "Notifikationer",
    Description = "Beskeder i portalen (klokken i toppen) og på e-mail om det, man er medlem af, følger eller har en opgave i; hver vælger selv pr. slags: kun i portalen, også på e-mail eller en daglig oversigt. Skabeloner i Liquid, som administratorer kan rette.",
    Dependencies = ["Portal.Contents"])]
