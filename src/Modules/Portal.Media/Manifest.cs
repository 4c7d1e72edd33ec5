using Portal.Core.Modules;

[assembly: Module(
    Name = "Medier",
    Description = "Vedhæftede filer: upload af PDF, Word, Excel og billeder med kontrol af filtype og størrelse, opbevaring på disk, visning med samme adgang som det indhold, filen hører til, og udtræk af tekst til søgning.")]
