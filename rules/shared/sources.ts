// The five evaluation texts the pack encodes (../shared/seeds). Rules cite them
// by these constants so that an address or title is written once.
import type {LessonSource} from '@lessonlint/core'

export const trainingLesson181147: LessonSource = {
  evaluation: 'ILO evaluation 1379',
  title: 'Tripartite action to protect migrants within and from the GMS from labour exploitation - Final Evaluation',
  url: 'https://webapps.ilo.org/ievaldiscovery/lessons/181147',
  seed: '000_e0970ffc72356b49.txt',
}

export const itcIloLesson213957: LessonSource = {
  evaluation: 'ILO evaluation 2421',
  title: 'Promoting decent work across borders: A pilot project for migrant health professionals and skilled workers - Final Evaluation',
  url: 'https://webapps.ilo.org/ievaldiscovery/lessons/213957',
  seed: '001_cbe4dc666044e9d4.txt',
}

export const genderLesson181142: LessonSource = {
  evaluation: 'ILO evaluation 1379',
  title: 'Tripartite action to protect migrants within and from the GMS from labour exploitation - Final Evaluation',
  url: 'https://webapps.ilo.org/ievaldiscovery/lessons/181142',
  seed: '002_2ddbb90dde046482.txt',
}

export const lmppEvaluation2009: LessonSource = {
  evaluation: 'ILO independent final evaluation, October 2009 (GLO/06/57/UKM)',
  title: 'Effective Action for Labour Migration Policies and Practice',
  seed: '003_98f13217f6e7da61.txt',
}

export const itcIloBoardCC82: LessonSource = {
  evaluation: 'ITC-ILO Board document CC 82/3 (2019)',
  title: 'Independent evaluation of training and learning activities on the thematic area of "Labour Migration"',
  seed: '004_18640ca64acb664a.txt',
}
