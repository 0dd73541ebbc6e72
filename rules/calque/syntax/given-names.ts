/**
 * Given names that tell a full name (`Giorgia Meloni`) from other pairs of
 * capitalised words (`United States`, `Supreme Court`): the article-surname
 * pattern learns a surname only from a name that starts with one of these.
 * Common given names of the press’s politicians and public figures in
 * Italian, Spanish, Portuguese, French and German, and English ones that
 * the same copy names.
 */
export const givenNames: ReadonlySet<string> = new Set([
  // Italian
  'Giorgia', 'Matteo', 'Giuseppe', 'Mario', 'Silvio', 'Enrico', 'Elly', 'Sergio', 'Antonio', 'Giovanni', 'Francesco', 'Luigi', 'Roberto',
  'Paolo', 'Marco', 'Andrea', 'Alessandro', 'Stefano', 'Carlo', 'Massimo', 'Romano', 'Guido', 'Carlo', 'Nicola', 'Vincenzo', 'Daniela',
  'Chiara', 'Giulia', 'Francesca', 'Elena', 'Laura', 'Alessandra', 'Maria', 'Anna', 'Beppe', 'Dario', 'Gianni', 'Pier', 'Ignazio',
  'Raffaele', 'Letizia', 'Mara', 'Marta', 'Arianna', 'Ettore', 'Fabrizio', 'Gennaro', 'Giancarlo', 'Guglielmo', 'Lorenzo',
  // Spanish
  'Pedro', 'Alberto', 'Santiago', 'Isabel', 'Yolanda', 'Pablo', 'Carles', 'Oriol', 'Pere', 'Arnaldo', 'Mariano', 'José', 'Juan',
  'Carmen', 'Cristina', 'Inés', 'Irene', 'Ione', 'Félix', 'Salvador', 'Javier', 'Miguel', 'Jorge', 'Luis', 'Fernando', 'Teresa',
  'Pilar', 'Begoña', 'Soraya', 'Esperanza', 'Andrés', 'Gustavo', 'Claudia', 'Gabriel', 'Nicolás', 'Alejandro', 'Carlos',
  // Portuguese
  'Luiz', 'Jair', 'Dilma', 'Marina', 'Geraldo', 'Ciro', 'Flávio', 'Eduardo', 'Michelle', 'Marcelo', 'Rui', 'Ana', 'João',
  // French
  'Emmanuel', 'Jean-Luc', 'Édouard', 'Élisabeth', 'Valérie', 'Anne', 'Rachida', 'Ségolène', 'Nicolas',
  'François', 'Jacques', 'Laurent', 'Bruno', 'Gérald', 'Éric', 'Marion', 'Olivier', 'Xavier', 'Manuel', 'Christiane', 'Yaël',
  // German
  'Angela', 'Olaf', 'Friedrich', 'Annalena', 'Robert', 'Markus', 'Alice', 'Sahra', 'Ursula', 'Wolfgang', 'Karl', 'Boris',
  'Nancy', 'Saskia', 'Lars', 'Ricarda', 'Hubert', 'Winfried', 'Armin', 'Horst', 'Sebastian', 'Karl-Heinz', 'Hansi', 'Julian',
  // English
  'Donald', 'Joe', 'Kamala', 'Hillary', 'Barack', 'Rishi', 'Keir', 'Liz', 'Theresa', 'Elon', 'Vladimir', 'Volodymyr'
])
